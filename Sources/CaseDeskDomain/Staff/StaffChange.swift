/// The facts recorded about the staff list and the social supervisors.
public enum StaffChange: Equatable, Sendable {
  /// A member was added (active).
  case memberAdded(StaffMember)
  /// A member's name, roles, certificate or qualification changed; `previous` is what they were.
  case memberEdited(StaffMember, previous: StaffMember)
  /// A member was deactivated.
  case memberDeactivated(StaffID)
  /// A member was reactivated.
  case memberReactivated(StaffID)
  /// A social supervisor was appointed.
  case supervisorAppointed(SocialSupervisor)
  /// A supervisor's details changed; `previous` is what they were.
  case supervisorEdited(SocialSupervisor, previous: SocialSupervisor)
  /// A supervisor's service was ended.
  case supervisorDeactivated(SupervisorID)
  /// A supervisor was reactivated.
  case supervisorReactivated(SupervisorID)
}
