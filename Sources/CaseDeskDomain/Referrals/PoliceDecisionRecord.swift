/// The police decision as recorded: the decision, the day it was made, and when the bureau was
/// told (the recording stamp).
public struct PoliceDecisionRecord: Hashable, Sendable {
  public var decision: PoliceDecision
  public var decidedOn: Day
  public var stamp: ActionStamp
  /// When the refusal's reasons arrived (detention), if they came after the decision.
  public var reasonsReceived: ActionStamp?

  public init(
    decision: PoliceDecision, decidedOn: Day, stamp: ActionStamp,
    reasonsReceived: ActionStamp? = nil
  ) {
    self.decision = decision
    self.decidedOn = decidedOn
    self.stamp = stamp
    self.reasonsReceived = reasonsReceived
  }
}
