/// Days that do not count against a clock (a hearing, an announcement, testing or assessment,
/// a suspension, a referral): from `start` to `end` inclusive; an open period has no end yet.
public struct ExcludedPeriod: Hashable, Sendable {
  public var start: Day
  public var end: Day?
  public var reason: LocalizedText

  public init(start: Day, end: Day?, reason: LocalizedText) {
    self.start = start
    self.end = end
    self.reason = reason
  }
}
