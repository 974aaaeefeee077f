extension DomainState {
  /// Every open deadline of the workspace: cases, referrals, clues, rectification tasks.
  public func openDeadlines() -> [Deadline] {
    caseDeadlines(calendar: calendar) + referralDeadlines(calendar: calendar)
      + ClueRules.deadlines(in: self, calendar: calendar)
      + RectificationRules.deadlines(in: self, calendar: calendar)
  }

  /// Every open deadline with its standing at `now`, most urgent first.
  public func deadlineItems(at now: Timestamp) -> [DeadlineItem] {
    // Each case's deadlines keep their order, so the cases' order does not change the result.
    var deadlines = openCaseDeadlines() + referralDeadlines(calendar: calendar)
    if let rule = settings.clocks[.clueFilingDecision] {
      // Each clue is its own record, so their order here does not change the sorted result.
      for clue in clues.values where clue.isOpen {
        deadlines.append(ClueRules.deadline(of: clue, rule: rule, in: self, calendar: calendar))
      }
    }
    deadlines += RectificationRules.deadlines(in: self, calendar: calendar)
    return DeadlineItem.sortedByUrgency(items(deadlines, at: now))
  }

  /// The deadlines of one record at `now`, most urgent first (only that record's clocks are
  /// worked out).
  public func deadlineItems(of record: RecordRef, at now: Timestamp) -> [DeadlineItem] {
    var deadlines: [Deadline] = []
    switch record {
    case .enforcementCase(let id):
      deadlines = self.deadlines(ofCase: id, calendar: calendar)
    case .referral(let id):
      deadlines = self.deadlines(ofReferral: id, calendar: calendar)
    case .clue(let id):
      if let clue = clues[id], clue.isOpen, let rule = settings.clocks[.clueFilingDecision] {
        deadlines = [ClueRules.deadline(of: clue, rule: rule, in: self, calendar: calendar)]
      }
    case .rectificationTask:
      deadlines = RectificationRules.deadlines(in: self, calendar: calendar).filter {
        $0.record == record
      }
    default:
      deadlines = []
    }
    return DeadlineItem.sortedByUrgency(items(deadlines, at: now))
  }

  /// Deadlines with their standing at `now`, in the order given.
  func items(_ deadlines: [Deadline], at now: Timestamp) -> [DeadlineItem] {
    deadlines.map {
      DeadlineItem(
        deadline: $0,
        status: LegalClock.status(of: $0.due, at: now, utcOffset: settings.utcOffset))
    }
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
