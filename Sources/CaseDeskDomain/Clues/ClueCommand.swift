/// What a user asks of off-site clues and their triage.
public enum ClueCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
