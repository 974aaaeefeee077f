/// The clocks the case and referral rules read: the bureau's clock table, with the standard
/// table of `domain.md` for any rule the bureau's table lacks.
enum CaseClocks {
  /// The rule for an id: the bureau's, else the standard one, else a zero-day placeholder.
  static func rule(_ id: DeadlineRuleID, in state: DomainState) -> DeadlineRule {
    state.settings.clocks[id] ?? ClockTable.standard[id]
      ?? DeadlineRule(
        id: id, title: LocalizedText(zh: id.raw, en: id.raw), basis: LocalizedText(zh: "", en: ""),
        amount: 0, unit: .calendarDays, party: .bureau)
  }

  /// The working-day calendar the rules count with: the bureau's.
  static func calendar(in state: DomainState) -> WorkingDayCalendar { state.calendar }

  /// The local day a day-clock falls due (`nil` when paused, the local day of an hour clock).
  static func dueDay(_ due: DueMoment, utcOffset: Int) -> Day? {
    switch due {
    case .endOfDay(let day): return day
    case .instant(let time): return time.day(utcOffset: utcOffset)
    case .paused: return nil
    }
  }
}
