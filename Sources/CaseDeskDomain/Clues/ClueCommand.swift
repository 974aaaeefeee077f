/// What a user asks of off-site clues and their triage.
public enum ClueCommand: Equatable, Sendable {
  /// Register a clue (officer or clerk).
  case receiveClue(ClueIntake)
  /// Register many clues at once, each checked (an online-monitoring push; officer or clerk).
  case receiveClues([ClueIntake])
  /// Record whether the clue's facts were verified (officer).
  case verifyClue(ClueID, Clue.Verification)
  /// Extend the filing decision by the rule's extension, with a reason (approver).
  case extendFilingDecision(ClueID, reason: String)
  /// Dismiss the clue with a reason (officer).
  case dismissClue(ClueID, reason: String)
  /// Convert the clue to a planned inspection on it (officer).
  ///
  /// `enterprise` is needed when the clue names none; otherwise it must match or be nil.
  case convertClueToInspection(
    ClueID, enterprise: EnterpriseID?, mode: Inspection.Mode?, plannedOn: Day,
    officers: [StaffID])
}
