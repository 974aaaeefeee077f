/// The recorded facts of a new plan: its id, the plan with the mode resolved, and the mark.
public struct PlannedInspection: Hashable, Sendable {
  public var id: InspectionID
  public var enterprise: EnterpriseID
  public var kind: Inspection.Kind
  public var mode: Inspection.Mode
  public var plannedOn: Day
  public var officers: [StaffID]
  public var reason: Inspection.Reason?
  /// On site at a positive-list enterprise when planned.
  public var isPositiveListException: Bool

  public init(
    id: InspectionID, enterprise: EnterpriseID, kind: Inspection.Kind, mode: Inspection.Mode,
    plannedOn: Day, officers: [StaffID], reason: Inspection.Reason?,
    isPositiveListException: Bool
  ) {
    self.id = id
    self.enterprise = enterprise
    self.kind = kind
    self.mode = mode
    self.plannedOn = plannedOn
    self.officers = officers
    self.reason = reason
    self.isPositiveListException = isPositiveListException
  }
}
