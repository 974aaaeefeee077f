/// The investigation report (调查终结报告): facts found, evidence, and the proposed outcome.
public struct InvestigationReport: Hashable, Sendable {
  public var facts: String
  public var evidence: String
  public var proposedOutcome: String

  public init(facts: String, evidence: String, proposedOutcome: String) {
    self.facts = facts
    self.evidence = evidence
    self.proposedOutcome = proposedOutcome
  }
}
