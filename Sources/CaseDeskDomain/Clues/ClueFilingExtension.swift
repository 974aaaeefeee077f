/// An approver's extension of a clue's filing decision (+15 days), with its reason.
public struct ClueFilingExtension: Hashable, Sendable {
  public var reason: String
  public var stamp: ActionStamp

  public init(reason: String, stamp: ActionStamp) {
    self.reason = reason
    self.stamp = stamp
  }
}
