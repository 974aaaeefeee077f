/// A collective discussion (集体讨论) by the bureau's leaders, with its minutes.
public struct CollectiveDiscussion: Hashable, Sendable {
  public var heldOn: Day
  public var minutes: String
  public var conclusion: String
  public var round: Int
  public var stamp: ActionStamp

  public init(heldOn: Day, minutes: String, conclusion: String, round: Int, stamp: ActionStamp) {
    self.heldOn = heldOn
    self.minutes = minutes
    self.conclusion = conclusion
    self.round = round
    self.stamp = stamp
  }
}
