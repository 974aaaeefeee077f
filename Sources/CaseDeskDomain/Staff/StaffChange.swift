/// The facts recorded about the staff list and the social supervisors.
public enum StaffChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
