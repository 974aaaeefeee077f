/// A member of the bureau's staff who can operate CaseDesk.
public struct StaffMember: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var roles: [StaffRole]

  public init(id: String, name: String, roles: [StaffRole]) {
    self.id = id
    self.name = name
    self.roles = roles
  }
}
