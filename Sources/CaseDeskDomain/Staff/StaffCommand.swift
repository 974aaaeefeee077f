/// What a user asks of the staff list and the social supervisors.
public enum StaffCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
