/// The facts recorded about central-inspection rectification tasks.
public enum RectificationChange: Equatable, Sendable {
  /// A task was created under an id.
  case created(RectificationTaskID, RectificationTaskDraft)
  /// Progress was recorded with evidence.
  case progressRecorded(RectificationTaskID, evidence: [String])
  /// The district accepted the work (区验收).
  case districtAccepted(RectificationTaskID, on: Day, note: String)
  /// The city re-check passed (市复核): the task is done.
  case cityRecheckPassed(RectificationTaskID, on: Day, note: String)
  /// The city sent the task back to the district, in progress again.
  case sentBackToDistrict(RectificationTaskID, on: Day, reasons: String)
  /// An enterprise was linked to the task.
  case enterpriseLinked(RectificationTaskID, EnterpriseID)
  /// An enterprise was unlinked from the task.
  case enterpriseUnlinked(RectificationTaskID, EnterpriseID)
}
