/// What a user asks of penalty cases through their legal stages.
public enum CaseCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
