/// A listed enterprise that needs a suspension review, and why.
public struct PositiveListReviewItem: Hashable, Sendable {
  public enum Trigger: Hashable, Sendable {
    /// A case decided against the enterprise that establishes a violation.
    case violation(CaseID)
    /// A verified complaint clue.
    case verifiedComplaint(ClueID)
    /// Repeated exceedance: the verified exceedance clues that make it up.
    case repeatedExceedance([ClueID])
  }

  public var enterprise: EnterpriseID
  public var triggers: [Trigger]

  public init(enterprise: EnterpriseID, triggers: [Trigger]) {
    self.enterprise = enterprise
    self.triggers = triggers
  }
}
