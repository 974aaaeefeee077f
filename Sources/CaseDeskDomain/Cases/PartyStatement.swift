/// The party's statement and defence (陈述申辩) after the prior notice.
public struct PartyStatement: Hashable, Sendable {
  public var text: String
  /// The party gave up the hearing in writing.
  public var waivesHearing: Bool
  public var stamp: ActionStamp

  public init(text: String, waivesHearing: Bool, stamp: ActionStamp) {
    self.text = text
    self.waivesHearing = waivesHearing
    self.stamp = stamp
  }
}
