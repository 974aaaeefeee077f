/// The facts recorded about the positive list (监督执法正面清单).
public enum PositiveListChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
