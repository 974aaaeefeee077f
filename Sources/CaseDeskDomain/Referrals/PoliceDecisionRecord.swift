/// The police decision as recorded: the decision, the day it was made, and when the bureau was
/// told (the recording stamp).
public struct PoliceDecisionRecord: Hashable, Sendable {
  public var decision: PoliceDecision
  public var decidedOn: Day
  public var stamp: StepStamp
  /// When the refusal's reasons arrived (detention), if they came after the decision.
  public var reasonsReceived: StepStamp?

  public init(
    decision: PoliceDecision, decidedOn: Day, stamp: StepStamp, reasonsReceived: StepStamp? = nil
  ) {
    self.decision = decision
    self.decidedOn = decidedOn
    self.stamp = stamp
    self.reasonsReceived = reasonsReceived
  }
}
