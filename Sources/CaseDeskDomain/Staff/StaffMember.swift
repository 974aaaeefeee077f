/// A member of the bureau's staff who can operate CaseDesk.
public struct StaffMember: Hashable, Sendable, Identifiable {
  public var id: StaffID
  public var name: String
  public var roles: [StaffRole]
  /// Law-enforcement certificate number (执法证号), required for officers.
  public var certificateNumber: String?
  /// Legal qualification (法律职业资格) of a legal reviewer, required for that role.
  public var legalQualification: String?
  /// An inactive member keeps their history but can no longer act.
  public var isActive: Bool

  public init(
    id: StaffID, name: String, roles: [StaffRole], certificateNumber: String? = nil,
    legalQualification: String? = nil, isActive: Bool = true
  ) {
    self.id = id
    self.name = name
    self.roles = roles
    self.certificateNumber = certificateNumber
    self.legalQualification = legalQualification
    self.isActive = isActive
  }
}
