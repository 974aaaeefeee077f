/// A case review (案件审查) by the unit separate from the investigators (查处分离).
public struct CaseReviewRecord: Hashable, Sendable {
  public var outcome: ReviewOutcome
  public var stamp: ActionStamp

  public init(outcome: ReviewOutcome, stamp: ActionStamp) {
    self.outcome = outcome
    self.stamp = stamp
  }
}
