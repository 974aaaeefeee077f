/// An enforcement step as recorded on a case.
public struct EnforcementRecord: Hashable, Sendable {
  public var action: EnforcementAction
  public var stamp: StepStamp

  public init(action: EnforcementAction, stamp: StepStamp) {
    self.action = action
    self.stamp = stamp
  }
}
