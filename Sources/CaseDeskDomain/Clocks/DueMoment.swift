/// When a deadline falls: the end of a local day (day clocks) or an instant (hour clocks).
public enum DueMoment: Hashable, Sendable, CustomStringConvertible {
  case endOfDay(Day)
  case instant(Timestamp)
  /// The clock is stopped (an open excluded period): no due date until it runs again.
  case paused

  public var description: String {
    switch self {
    case .endOfDay(let day): return day.description
    case .instant(let time): return time.description
    case .paused: return "paused"
    }
  }
}
