/// A decision not to use coercive measures, under an item of the no-coercive-measures list.
public struct NoCoercionRecord: Hashable, Sendable {
  public var listItem: String
  public var reason: String
  public var stamp: ActionStamp

  public init(listItem: String, reason: String, stamp: ActionStamp) {
    self.listItem = listItem
    self.reason = reason
    self.stamp = stamp
  }
}
