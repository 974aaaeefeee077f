/// The facts recorded about penalty cases through their legal stages.
public enum CaseChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
