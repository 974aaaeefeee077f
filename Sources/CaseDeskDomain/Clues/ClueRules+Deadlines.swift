extension ClueRules {
  /// The filing-decision deadline of every open clue, owned by the officers.
  ///
  /// The clock starts when the clue was received; an approved extension adds the rule's first
  /// extension. Without the rule in the clock table there is no deadline to show.
  static func deadlines(in state: DomainState, calendar: WorkingDayCalendar) -> [Deadline] {
    guard let rule = state.settings.clocks[.clueFilingDecision] else { return [] }
    var result: [Deadline] = []
    for clue in state.clues.values where clue.isOpen {
      result.append(deadline(of: clue, rule: rule, in: state, calendar: calendar))
    }
    return result.sorted { $0.record.description < $1.record.description }
  }

  /// The filing-decision deadline of one clue under the clock table's rule (open or not).
  static func deadline(
    of clue: Clue, rule: DeadlineRule, in state: DomainState, calendar: WorkingDayCalendar
  ) -> Deadline {
    Deadline(
      record: .clue(clue.id), rule: rule.id, title: rule.title, party: rule.party,
      owners: [.officer], start: clue.receivedAt,
      due: dueMoment(of: clue, rule: rule, in: state, calendar: calendar))
  }

  /// When one clue's filing decision falls under the clock table's rule.
  static func dueMoment(
    of clue: Clue, rule: DeadlineRule, in state: DomainState, calendar: WorkingDayCalendar
  ) -> DueMoment {
    LegalClock.due(
      rule, start: clue.receivedAt, extensionsGranted: clue.filingExtension == nil ? 0 : 1,
      calendar: calendar, utcOffset: state.settings.utcOffset)
  }
}
