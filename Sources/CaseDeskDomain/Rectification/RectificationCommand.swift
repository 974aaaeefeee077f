/// What a user asks of central-inspection rectification tasks.
public enum RectificationCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
