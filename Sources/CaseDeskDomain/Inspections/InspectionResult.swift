/// What an inspection found, as recorded by the officers.
public struct InspectionResult: Hashable, Sendable {
  public var outcome: Inspection.Outcome
  /// The findings in the officers' words (may be empty when compliant).
  public var findings: String
  public var stamp: ActionStamp

  public init(outcome: Inspection.Outcome, findings: String, stamp: ActionStamp) {
    self.outcome = outcome
    self.findings = findings
    self.stamp = stamp
  }
}
