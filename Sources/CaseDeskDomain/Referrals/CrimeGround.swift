/// Why a case is referred as a suspected environmental crime (刑法第三百三十八条), with the
/// measured figures when a threshold is met.
public struct CrimeGround: Hashable, Sendable {
  public var description: String
  public var facts: [MeasuredFact]

  public init(description: String, facts: [MeasuredFact] = []) {
    self.description = description
    self.facts = facts
  }

  /// The thresholds the measured figures meet.
  public var thresholdsMet: [CrimeThreshold] { CrimeThreshold.met(by: facts) }
}
