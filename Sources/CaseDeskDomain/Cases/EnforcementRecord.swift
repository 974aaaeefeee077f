/// An enforcement step as recorded on a case.
public struct EnforcementRecord: Hashable, Sendable {
  public var action: EnforcementAction
  public var stamp: ActionStamp

  public init(action: EnforcementAction, stamp: ActionStamp) {
    self.action = action
    self.stamp = stamp
  }
}
