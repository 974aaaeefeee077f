/// How a legal clock counts: calendar days, working days (the holiday calendar), or hours.
public enum ClockUnit: String, Hashable, Sendable {
  case calendarDays
  case workingDays
  case hours
}
