/// What a user asks of the staff list and the social supervisors.
///
/// Only a registry clerk or an approver (and the system, when it creates a workspace) manages
/// them.
public enum StaffCommand: Equatable, Sendable {
  /// Adds a member with a new login id.
  case addMember(StaffMemberDraft)
  /// Replaces a member's name, roles, certificate number and legal qualification.
  case editMember(StaffMemberDraft)
  /// Stops a member from acting; their history stays.
  case deactivateMember(StaffID)
  /// Lets an inactive member act again.
  case reactivateMember(StaffID)
  /// Appoints a social supervisor; the id is assigned as `SUP-YYYY-NNNN`.
  case appointSupervisor(SupervisorDraft)
  /// Changes a supervisor's name, organisation or term.
  case editSupervisor(SupervisorID, SupervisorDraft)
  /// Ends a supervisor's service early (they may no longer be invited).
  case deactivateSupervisor(SupervisorID)
  /// Lets an inactive supervisor be invited again (within the term).
  case reactivateSupervisor(SupervisorID)
}

/// A staff member as a form fills it in.
public struct StaffMemberDraft: Equatable, Sendable {
  /// The login id (ASCII letters, digits, `.`, `_`, `-`), chosen by the bureau.
  public var id: StaffID
  public var name: String
  public var roles: [StaffRole]
  public var certificateNumber: String?
  public var legalQualification: String?

  public init(
    id: StaffID, name: String, roles: [StaffRole], certificateNumber: String? = nil,
    legalQualification: String? = nil
  ) {
    self.id = id
    self.name = name
    self.roles = roles
    self.certificateNumber = certificateNumber
    self.legalQualification = legalQualification
  }
}

/// A social supervisor as a form fills it in.
public struct SupervisorDraft: Equatable, Sendable {
  public var name: String
  public var organisation: String
  public var termFrom: Day
  public var termTo: Day

  public init(name: String, organisation: String, termFrom: Day, termTo: Day) {
    self.name = name
    self.organisation = organisation
    self.termFrom = termFrom
    self.termTo = termTo
  }
}
