/// The facts recorded about central-inspection rectification tasks.
public enum RectificationChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
