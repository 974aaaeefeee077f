/// What a user asks of inspections ("无计划不检查", 扫码入企, health-check forms).
public enum InspectionCommand: Equatable, Sendable {
  /// Plan an inspection (officer); a routine on-site plan at a positive-list enterprise needs a
  /// stated reason.
  case planInspection(InspectionPlan)
  /// Approve a plan with the approval form and inspection notice numbers (approver).
  case approveInspection(InspectionID, approvalFormNumber: String, noticeNumber: String)
  /// Withdraw a plan before anyone went on site (officer or approver).
  case withdrawInspection(InspectionID, reason: String)
  /// Record the QR scan-in on site (officer); refused before approval.
  case recordScanIn(InspectionID, ScanInReport)
  /// Record the result (officer); a health-check form lists its problems.
  ///
  /// `healthCheckProblems` must be empty unless the outcome is `healthCheckForm`; a case is
  /// opened through the case commands, never here.
  case recordResult(
    InspectionID, outcome: Inspection.Outcome, findings: String, healthCheckProblems: [String])
  /// Verify one problem of a health-check form, fixed or not (officer).
  case verifyHealthCheckProblem(
    InspectionID, problem: Int, isFixed: Bool, verifiedOn: Day, officer: StaffID)
  /// Record the enterprise's evaluation of an on-site inspection (officer or clerk).
  case recordEvaluation(InspectionID, Inspection.Evaluation)
  /// File (archive) an inspection with its result (officer or clerk).
  case fileInspection(InspectionID)
  /// Invite a social supervisor to an inspection (officer or approver).
  case inviteSupervisor(InspectionID, SupervisorID)
  /// Record whether an invited supervisor took part, with their opinion (officer or clerk).
  case recordSupervisorParticipation(
    InspectionID, SupervisorID, participated: Bool, opinion: String)
}
