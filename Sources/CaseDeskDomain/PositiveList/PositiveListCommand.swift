/// What a user asks of the positive list (监督执法正面清单).
public enum PositiveListCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
