/// The facts recorded about off-site clues and their triage.
public enum ClueChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
  /// A case was opened on the clue (emitted by the cases area).
  case convertedToCase(ClueID, CaseID)
}
