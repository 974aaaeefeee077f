/// What an officer records when opening a case (案源登记).
public struct CaseOpening: Hashable, Sendable {
  public var enterprise: EnterpriseID
  public var source: CaseSource
  /// The suspected violation, in a line (`超标排放废水`).
  public var violation: String
  /// The provisions suspected to be violated (`水污染防治法第八十三条`).
  public var legalBasis: String
  /// The day of the conduct, or the day it ended when it continued (time bar counts from it).
  public var conductOn: Day

  public init(
    enterprise: EnterpriseID, source: CaseSource, violation: String, legalBasis: String,
    conductOn: Day
  ) {
    self.enterprise = enterprise
    self.source = source
    self.violation = violation
    self.legalBasis = legalBasis
    self.conductOn = conductOn
  }
}
