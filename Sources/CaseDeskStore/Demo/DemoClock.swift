import CaseDeskDomain

/// Days and times of the demo, in the bureau's local time (UTC+8).
enum DemoClock {
  static let utcOffset = 8 * 3600

  /// A day of the calendar (the demo only names real days).
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? Day(ordinal: 0)
  }

  /// A local time on a day.
  static func at(_ day: Day, _ hour: Int, _ minute: Int = 0) -> Timestamp {
    Timestamp(day: day, hour: hour, minute: minute, utcOffset: utcOffset)
  }

  /// The day itself on a weekday, else the following Monday.
  static func weekday(_ day: Day) -> Day {
    switch day.weekday {
    case .saturday: return day.adding(days: 2)
    case .sunday: return day.adding(days: 1)
    default: return day
    }
  }

  /// The first day of the demo's history.
  static let historyStart = day(2024, 9, 2)
  /// The demo's year.
  static let yearStart = day(2025, 1, 1)
  static let yearEnd = day(2025, 12, 31)
  /// The day the demo is seen from.
  static let asOf = day(2025, 12, 20)
  /// The last day on which the history has events.
  static let lastDay = day(2025, 12, 19)
}
