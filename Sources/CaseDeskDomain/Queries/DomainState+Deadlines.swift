extension DomainState {
  /// Every open deadline of the workspace: cases, referrals, clues, rectification tasks.
  public func openDeadlines() -> [Deadline] {
    caseDeadlines(calendar: calendar) + referralDeadlines(calendar: calendar)
      + ClueRules.deadlines(in: self, calendar: calendar)
      + RectificationRules.deadlines(in: self, calendar: calendar)
  }

  /// Every open deadline with its standing at `now`, most urgent first.
  public func deadlineItems(at now: Timestamp) -> [DeadlineItem] {
    openDeadlines().map {
      DeadlineItem(
        deadline: $0,
        status: LegalClock.status(of: $0.due, at: now, utcOffset: settings.utcOffset))
    }
    .sorted(by: DeadlineItem.isMoreUrgent)
  }

  /// The deadlines of one record at `now`, most urgent first.
  public func deadlineItems(of record: RecordRef, at now: Timestamp) -> [DeadlineItem] {
    deadlineItems(at: now).filter { $0.deadline.record == record }
  }

  /// A warning when open clocks run into years the working-day calendar does not cover.
  public func calendarWarning(at now: Timestamp) -> LocalizedText? {
    let today = now.day(utcOffset: settings.utcOffset)
    var latest = today
    for deadline in openDeadlines() {
      if case .endOfDay(let day) = deadline.due, day > latest { latest = day }
    }
    return calendar.coverageWarning(from: today, to: latest)
  }
}
