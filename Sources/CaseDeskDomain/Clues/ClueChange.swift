/// The facts recorded about off-site clues and their triage.
public enum ClueChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
