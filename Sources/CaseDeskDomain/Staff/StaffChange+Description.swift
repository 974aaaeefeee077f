extension StaffChange {
  /// The records the change touched.
  public var affectedRecords: [RecordRef] {
    switch self {
    case .memberAdded(let member), .memberEdited(let member, _): return [.staff(member.id)]
    case .memberDeactivated(let id), .memberReactivated(let id): return [.staff(id)]
    case .supervisorAppointed(let supervisor), .supervisorEdited(let supervisor, _):
      return [.supervisor(supervisor.id)]
    case .supervisorDeactivated(let id), .supervisorReactivated(let id):
      return [.supervisor(id)]
    }
  }

  /// A one-line description for the history view.
  public var summary: LocalizedText {
    switch self {
    case .memberAdded(let member):
      return LocalizedText(
        zh: "添加员工 \(member.name)（\(member.id)）", en: "Staff added: \(member.name) (\(member.id))")
    case .memberEdited(let member, _):
      return LocalizedText(
        zh: "修改员工 \(member.name)（\(member.id)）", en: "Staff edited: \(member.name) (\(member.id))")
    case .memberDeactivated(let id):
      return LocalizedText(zh: "停用员工 \(id)", en: "Staff deactivated: \(id)")
    case .memberReactivated(let id):
      return LocalizedText(zh: "启用员工 \(id)", en: "Staff reactivated: \(id)")
    case .supervisorAppointed(let supervisor):
      return LocalizedText(
        zh: "聘任社会监督员 \(supervisor.name)（\(supervisor.termFrom)—\(supervisor.termTo)）",
        en: "Supervisor appointed: \(supervisor.name) (\(supervisor.termFrom)–\(supervisor.termTo))"
      )
    case .supervisorEdited(let supervisor, _):
      return LocalizedText(
        zh: "修改社会监督员 \(supervisor.name)", en: "Supervisor edited: \(supervisor.name)")
    case .supervisorDeactivated(let id):
      return LocalizedText(zh: "停用社会监督员 \(id)", en: "Supervisor deactivated: \(id)")
    case .supervisorReactivated(let id):
      return LocalizedText(zh: "启用社会监督员 \(id)", en: "Supervisor reactivated: \(id)")
    }
  }
}
