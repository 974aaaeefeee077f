/// A day of the week, Monday first (as Chinese calendars count).
public enum Weekday: Int, Sendable, CaseIterable {
  case monday = 1
  case tuesday
  case wednesday
  case thursday
  case friday
  case saturday
  case sunday

  /// Saturday or Sunday.
  public var isWeekend: Bool { self == .saturday || self == .sunday }
}
