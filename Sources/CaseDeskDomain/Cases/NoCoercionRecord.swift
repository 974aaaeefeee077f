/// A decision not to use coercive measures, under an item of the no-coercive-measures list.
public struct NoCoercionRecord: Hashable, Sendable {
  public var listItem: String
  public var reason: String
  public var stamp: StepStamp

  public init(listItem: String, reason: String, stamp: StepStamp) {
    self.listItem = listItem
    self.reason = reason
    self.stamp = stamp
  }
}
