/// A plan withdrawn before anyone went on site, with its reason.
public struct InspectionWithdrawal: Hashable, Sendable {
  public var reason: String
  public var stamp: ActionStamp

  public init(reason: String, stamp: ActionStamp) {
    self.reason = reason
    self.stamp = stamp
  }
}
