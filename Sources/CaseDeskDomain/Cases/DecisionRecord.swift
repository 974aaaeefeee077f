/// A decision as recorded on a case: the decision, its document number, the referral it
/// drafted, and who approved it when.
public struct DecisionRecord: Hashable, Sendable {
  public var decision: CaseDecision
  public var documentNumber: String
  public var decidedOn: Day
  public var referral: ReferralID?
  public var stamp: ActionStamp

  public init(
    decision: CaseDecision, documentNumber: String, decidedOn: Day, referral: ReferralID?,
    stamp: ActionStamp
  ) {
    self.decision = decision
    self.documentNumber = documentNumber
    self.decidedOn = decidedOn
    self.referral = referral
    self.stamp = stamp
  }
}
