/// A legal review (法制审核) by a reviewer holding a legal qualification.
public struct LegalReviewRecord: Hashable, Sendable {
  public var checklist: LegalReviewChecklist
  public var outcome: ReviewOutcome
  public var round: Int
  public var stamp: ActionStamp

  public init(
    checklist: LegalReviewChecklist, outcome: ReviewOutcome, round: Int, stamp: ActionStamp
  ) {
    self.checklist = checklist
    self.outcome = outcome
    self.round = round
    self.stamp = stamp
  }
}
