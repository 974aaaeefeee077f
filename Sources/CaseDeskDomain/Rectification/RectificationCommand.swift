/// What a user asks of central-inspection rectification tasks.
public enum RectificationCommand: Equatable, Sendable {
  /// Create a task (clerk, officer or approver).
  case createTask(RectificationTaskDraft)
  /// Record progress with evidence (clerk or officer).
  case recordProgress(RectificationTaskID, evidence: [String])
  /// Record the district's acceptance (区验收) on a day (clerk or officer).
  case recordDistrictAcceptance(RectificationTaskID, on: Day, note: String)
  /// The city re-check (市复核) passes: the task is done (approver).
  case passCityRecheck(RectificationTaskID, on: Day, note: String)
  /// The city re-check sends the task back to the district with reasons (approver).
  case sendBackToDistrict(RectificationTaskID, on: Day, reasons: String)
  /// Link an enterprise to a task (clerk or officer).
  case linkEnterprise(RectificationTaskID, EnterpriseID)
  /// Unlink an enterprise from a task (clerk or officer).
  case unlinkEnterprise(RectificationTaskID, EnterpriseID)
}
