/// The actor of a command with the roles it holds now, for permission checks.
public struct ActorContext: Sendable {
  public let actor: Actor
  public let member: StaffMember?
  public let roles: Set<StaffRole>

  /// Looks the actor up in the staff list; an unknown or inactive member is refused.
  public init(_ actor: Actor, in state: DomainState) throws(Refusal) {
    self.actor = actor
    switch actor {
    case .system:
      member = nil
      roles = Set(StaffRole.allCases)
    case .staff(let id):
      guard let found = state.staff[id] else {
        throw Refusal(
          .notPermitted,
          LocalizedText(zh: "员工名单中没有 \(id.raw)", en: "\(id.raw) is not on the staff list"))
      }
      guard found.isActive else {
        throw Refusal(
          .notPermitted,
          LocalizedText(zh: "\(found.name) 已停用，不能操作", en: "\(found.name) is inactive"))
      }
      member = found
      roles = Set(found.roles)
    }
  }

  /// Throws unless the actor holds one of `allowed`; `action` names what was attempted.
  public func require(_ allowed: Set<StaffRole>, for action: LocalizedText) throws(Refusal) {
    guard !roles.isDisjoint(with: allowed) else {
      let names = allowed.sorted { $0.rawValue < $1.rawValue }
      throw Refusal(
        .notPermitted,
        LocalizedText(
          zh: "“\(action.zh)”需要以下角色之一：\(names.map(\.title.zh).joined(separator: "、"))",
          en: "\(action.en) needs one of: \(names.map(\.title.en).joined(separator: ", "))"))
    }
  }

  /// The staff id of the actor, or nil for the system.
  public var staffID: StaffID? {
    if case .staff(let id) = actor { return id }
    return nil
  }
}
