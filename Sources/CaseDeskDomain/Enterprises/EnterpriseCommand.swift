/// What a user asks of the enterprise register.
public enum EnterpriseCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
