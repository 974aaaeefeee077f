/// Computes when deadlines fall and how they stand, from the clock table and the calendar.
///
/// Counting follows Chinese law: the start day does not count (民法典 第二百零一条); a
/// calendar-day period whose last day is not a working day ends on the next working day
/// (第二百零三条); excluded periods (hearing, announcement, testing, suspension, referral) do
/// not count at all, and an open one pauses the clock. Hour clocks run straight through.
public enum LegalClock {
  /// The most days a clock may run before it is considered unbounded (a safety stop).
  static let maximumSpan = 3660

  /// When a rule's deadline falls for a clock started at `start`.
  ///
  /// `extensionsGranted` counts the rule's extensions approved so far (more than the rule
  /// allows count as all of them).
  public static func due(
    _ rule: DeadlineRule, start: Timestamp, extensionsGranted: Int = 0,
    excluded: [ExcludedPeriod] = [], calendar: WorkingDayCalendar, utcOffset: Int
  ) -> DueMoment {
    let extra = rule.extensions.prefix(max(0, extensionsGranted)).reduce(0, +)
    let amount = max(0, rule.amount + extra)
    if rule.unit == .hours {
      return .instant(start.adding(seconds: Int64(amount) * 3600))
    }
    let startDay = start.day(utcOffset: utcOffset)
    var day = startDay
    var left = amount
    var span = 0
    while left > 0 {
      day = day.adding(days: 1)
      span += 1
      if span > maximumSpan { return .paused }
      if let period = excluded.first(where: {
        $0.start <= day && ($0.end.map { day <= $0 } ?? true)
      }) {
        if period.end == nil { return .paused }
        continue
      }
      switch rule.unit {
      case .workingDays: if calendar.isWorkingDay(day) { left -= 1 }
      default: left -= 1
      }
    }
    if rule.unit == .calendarDays && amount > 0 { day = calendar.workingDay(onOrAfter: day) }
    return .endOfDay(day)
  }

  /// How a deadline stands at `now`.
  public static func status(of due: DueMoment, at now: Timestamp, utcOffset: Int) -> DeadlineStatus
  {
    switch due {
    case .paused:
      return DeadlineStatus(daysLeft: nil, hoursLeft: nil, isOverdue: false, isDueSoon: false)
    case .endOfDay(let day):
      let left = now.day(utcOffset: utcOffset).days(until: day)
      return DeadlineStatus(
        daysLeft: left, hoursLeft: nil, isOverdue: left < 0, isDueSoon: left >= 0 && left <= 3)
    case .instant(let time):
      let seconds = time.secondsSinceEpoch - now.secondsSinceEpoch
      let hours = Int(seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600))
      let days = now.day(utcOffset: utcOffset).days(until: time.day(utcOffset: utcOffset))
      return DeadlineStatus(
        daysLeft: days, hoursLeft: hours, isOverdue: seconds < 0,
        isDueSoon: seconds >= 0 && days <= 3)
    }
  }

  /// The deadline of a rule for a record, or nil when the table lacks the rule.
  public static func deadline(
    _ id: DeadlineRuleID, for record: RecordRef, owners: Set<StaffRole>, start: Timestamp,
    extensionsGranted: Int = 0, excluded: [ExcludedPeriod] = [], in state: DomainState,
    calendar: WorkingDayCalendar
  ) -> Deadline? {
    guard let rule = state.settings.clocks[id] else { return nil }
    let moment = due(
      rule, start: start, extensionsGranted: extensionsGranted, excluded: excluded,
      calendar: calendar, utcOffset: state.settings.utcOffset)
    return Deadline(
      record: record, rule: id, title: rule.title, party: rule.party, owners: owners,
      start: start, due: moment)
  }
}
