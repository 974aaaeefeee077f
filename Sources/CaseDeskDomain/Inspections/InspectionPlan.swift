/// What an officer fills in to plan an inspection.
public struct InspectionPlan: Hashable, Sendable {
  public var enterprise: EnterpriseID
  public var kind: Inspection.Kind
  /// Nil takes the default: off site for a positive-list enterprise, else on site.
  public var mode: Inspection.Mode?
  public var plannedOn: Day
  /// At least two officers with law-enforcement certificates.
  public var officers: [StaffID]
  /// The stated reason: required on site at a positive-list enterprise, and by the kinds that
  /// name their own (a clue, a complaint, a random-sampling draw).
  public var reason: Inspection.Reason?

  public init(
    enterprise: EnterpriseID, kind: Inspection.Kind, mode: Inspection.Mode? = nil,
    plannedOn: Day, officers: [StaffID], reason: Inspection.Reason? = nil
  ) {
    self.enterprise = enterprise
    self.kind = kind
    self.mode = mode
    self.plannedOn = plannedOn
    self.officers = officers
    self.reason = reason
  }
}
