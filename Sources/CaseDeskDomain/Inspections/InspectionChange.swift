/// The facts recorded about inspections ("无计划不检查", 扫码入企, health-check forms).
public enum InspectionChange: Equatable, Sendable {
  /// A plan was made.
  case planned(PlannedInspection)
  /// A plan was approved with its approval form and notice numbers.
  case approved(InspectionID, approvalFormNumber: String, noticeNumber: String)
  /// A plan was withdrawn.
  case withdrawn(InspectionID, reason: String)
  /// The officers scanned in at the enterprise.
  case scannedIn(
    InspectionID, scannedAt: Timestamp, place: String, officers: [InspectionScanIn.Officer],
    verification: InspectionScanIn.Verification)
  /// The result was recorded; a health-check form was issued when problems are listed.
  case resultRecorded(
    InspectionID, outcome: Inspection.Outcome, findings: String, healthCheckProblems: [String])
  /// A health-check problem was verified.
  case healthCheckProblemVerified(
    InspectionID, problem: Int, isFixed: Bool, verifiedOn: Day, officer: StaffID)
  /// The enterprise evaluated the inspection.
  case evaluated(InspectionID, Inspection.Evaluation)
  /// The inspection was filed.
  case filed(InspectionID)
  /// A social supervisor was invited.
  case supervisorInvited(InspectionID, SupervisorID)
  /// An invited supervisor's participation was recorded.
  case supervisorParticipationRecorded(
    InspectionID, SupervisorID, participated: Bool, opinion: String?)
  /// A case was opened from the inspection (emitted by the case commands).
  case caseOpened(InspectionID, CaseID)
}
