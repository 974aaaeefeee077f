/// The facts recorded about the enterprise register.
public enum EnterpriseChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
