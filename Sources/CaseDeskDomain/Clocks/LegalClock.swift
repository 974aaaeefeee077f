/// Computes when deadlines fall and how they stand, from the clock table and the calendar.
public enum LegalClock {
  /// When a rule's deadline falls for a clock started at `start`.
  ///
  /// `extensionsGranted` counts the rule's extensions approved so far; excluded periods do not
  /// count (an open one pauses the clock).
  public static func due(
    _ rule: DeadlineRule, start: Timestamp, extensionsGranted: Int = 0,
    excluded: [ExcludedPeriod] = [], calendar: WorkingDayCalendar, utcOffset: Int
  ) -> DueMoment {
    let extra = rule.extensions.prefix(max(0, extensionsGranted)).reduce(0, +)
    let amount = rule.amount + extra
    switch rule.unit {
    case .hours:
      return .instant(start.adding(seconds: Int64(amount) * 3600))
    case .calendarDays:
      return .endOfDay(start.day(utcOffset: utcOffset).adding(days: amount))
    case .workingDays:
      var day = start.day(utcOffset: utcOffset)
      var left = amount
      while left > 0 {
        day = day.adding(days: 1)
        if calendar.isWorkingDay(day) { left -= 1 }
      }
      return .endOfDay(day)
    }
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
}
