/// An extension of the decision clock (延期): the first by an approver, the second by a
/// collective decision whose minutes are named.
public struct CaseExtension: Hashable, Sendable {
  public var days: Int
  public var reason: String
  /// The collective decision's minutes (required for the second extension).
  public var collectiveMinutes: String
  public var stamp: ActionStamp

  public init(days: Int, reason: String, collectiveMinutes: String, stamp: ActionStamp) {
    self.days = days
    self.reason = reason
    self.collectiveMinutes = collectiveMinutes
    self.stamp = stamp
  }
}
