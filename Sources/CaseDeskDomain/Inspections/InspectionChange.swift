/// The facts recorded about inspections ("无计划不检查", 扫码入企, health-check forms).
public enum InspectionChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
  /// A case was opened from the inspection (emitted by the cases area).
  case caseOpened(InspectionID, CaseID)
}
