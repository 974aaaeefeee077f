/// A period that does not count against the decision clock, started and (later) ended.
public struct ClockPause: Hashable, Sendable {
  public var kind: ClockPauseKind
  public var reason: String
  public var start: Day
  public var end: Day?
  public var started: ActionStamp
  public var ended: ActionStamp?

  public init(
    kind: ClockPauseKind, reason: String, start: Day, end: Day? = nil, started: ActionStamp,
    ended: ActionStamp? = nil
  ) {
    self.kind = kind
    self.reason = reason
    self.start = start
    self.end = end
    self.started = started
    self.ended = ended
  }

  /// Whether the period is still open.
  public var isOpen: Bool { end == nil }

  /// The period as the clock engine takes it.
  public var excludedPeriod: ExcludedPeriod {
    ExcludedPeriod(start: start, end: end, reason: kind.title)
  }
}
