/// The facts recorded about off-site clues and their triage.
public enum ClueChange: Equatable, Sendable {
  /// A clue was registered under an id.
  case received(ClueID, ClueIntake)
  /// The clue's facts were checked.
  case verified(ClueID, Clue.Verification)
  /// The filing decision was extended by an approver.
  case filingDecisionExtended(ClueID, reason: String)
  /// The clue was dismissed.
  case dismissed(ClueID, reason: String)
  /// The clue was converted to an inspection (planned in the same command).
  case convertedToInspection(ClueID, InspectionID)
  /// A case was opened on the clue (emitted by the case commands).
  case convertedToCase(ClueID, CaseID)
}
