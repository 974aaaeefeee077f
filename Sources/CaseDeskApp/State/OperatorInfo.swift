import CaseDeskDomain

/// Who is working: shown in the top bar; later checked against every change.
public struct OperatorInfo: Equatable, Sendable {
  public var id: String
  public var name: String
  public var role: StaffRole

  public init(id: String, name: String, role: StaffRole) {
    self.id = id
    self.name = name
    self.role = role
  }
}
