/// The rules of the staff list and the social supervisors: who may do what, and how each fact
/// changes the state.
///
/// Only clerks and approvers (and the system) manage staff: clerks keep the register, approvers
/// are the leaders who decide who works on the desk. A change that would leave no active clerk
/// or approver is refused (nobody could manage staff afterwards), and so is one that would leave
/// enterprises or open requests with a commissioner who can no longer act.
enum StaffRules {
  static let managers: Set<StaffRole> = [.clerk, .approver]

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: StaffCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    switch command {
    case .addMember(let draft):
      let member = try validated(draft)
      try actor.require(managers, for: LocalizedText(zh: "添加员工", en: "Add a staff member"))
      guard state.staff[member.id] == nil else {
        throw Refusal.rule(
          zh: "员工编号 \(member.id.raw) 已被使用", en: "Staff id \(member.id.raw) is already taken")
      }
      return [.staff(.memberAdded(member))]
    case .editMember(let draft):
      var member = try validated(draft)
      try actor.require(managers, for: LocalizedText(zh: "修改员工", en: "Edit a staff member"))
      let previous = try existing(member.id, in: state)
      member.isActive = previous.isActive
      guard member != previous else { return [] }
      var next = state.staff
      next[member.id] = member
      try checkManagersRemain(before: state.staff, after: next)
      if previous.roles.contains(.commissioner), !member.roles.contains(.commissioner) {
        try checkNoCommissionerDuties(member, in: state)
      }
      return [.staff(.memberEdited(member, previous: previous))]
    case .deactivateMember(let id):
      try actor.require(managers, for: LocalizedText(zh: "停用员工", en: "Deactivate a member"))
      let member = try existing(id, in: state)
      guard member.isActive else {
        throw Refusal.rule(zh: "\(member.name) 已停用", en: "\(member.name) is already inactive")
      }
      guard actor.staffID != id else {
        throw Refusal.rule(zh: "不能停用自己", en: "You cannot deactivate yourself")
      }
      var next = state.staff
      next[id]?.isActive = false
      try checkManagersRemain(before: state.staff, after: next)
      if member.roles.contains(.commissioner) { try checkNoCommissionerDuties(member, in: state) }
      return [.staff(.memberDeactivated(id))]
    case .reactivateMember(let id):
      try actor.require(managers, for: LocalizedText(zh: "启用员工", en: "Reactivate a member"))
      let member = try existing(id, in: state)
      guard !member.isActive else {
        throw Refusal.rule(zh: "\(member.name) 已是启用状态", en: "\(member.name) is already active")
      }
      return [.staff(.memberReactivated(id))]
    case .appointSupervisor(let draft):
      let problems = supervisorProblems(draft)
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        managers, for: LocalizedText(zh: "聘任社会监督员", en: "Appoint a social supervisor"))
      let id = SupervisorID(
        state.nextRecordID(prefix: "SUP", at: time))
      let supervisor = SocialSupervisor(
        id: id, name: draft.name.trimmingSpaces,
        organisation: draft.organisation.trimmingSpaces, termFrom: draft.termFrom,
        termTo: draft.termTo, appointedBy: actor.actor, appointedAt: time)
      return [.staff(.supervisorAppointed(supervisor))]
    case .editSupervisor(let id, let draft):
      let problems = supervisorProblems(draft)
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        managers, for: LocalizedText(zh: "修改社会监督员", en: "Edit a social supervisor"))
      let previous = try existingSupervisor(id, in: state)
      var supervisor = previous
      supervisor.name = draft.name.trimmingSpaces
      supervisor.organisation = draft.organisation.trimmingSpaces
      supervisor.termFrom = draft.termFrom
      supervisor.termTo = draft.termTo
      guard supervisor != previous else { return [] }
      return [.staff(.supervisorEdited(supervisor, previous: previous))]
    case .deactivateSupervisor(let id):
      try actor.require(
        managers, for: LocalizedText(zh: "停用社会监督员", en: "Deactivate a social supervisor"))
      let supervisor = try existingSupervisor(id, in: state)
      guard supervisor.isActive else {
        throw Refusal.rule(
          zh: "\(supervisor.name) 已停用", en: "\(supervisor.name) is already inactive")
      }
      return [.staff(.supervisorDeactivated(id))]
    case .reactivateSupervisor(let id):
      try actor.require(
        managers, for: LocalizedText(zh: "启用社会监督员", en: "Reactivate a social supervisor"))
      let supervisor = try existingSupervisor(id, in: state)
      guard !supervisor.isActive else {
        throw Refusal.rule(
          zh: "\(supervisor.name) 已是启用状态", en: "\(supervisor.name) is already active")
      }
      return [.staff(.supervisorReactivated(id))]
    }
  }

  /// Applies one change of this area.
  static func apply(_ change: StaffChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    switch change {
    case .memberAdded(let member):
      guard state.staff[member.id] == nil else {
        throw Inconsistency("staff \(member.id) already exists")
      }
      state.staff[member.id] = member
    case .memberEdited(let member, let previous):
      guard state.staff[member.id] == previous else {
        throw Inconsistency("staff \(member.id) is not as the edit expects")
      }
      state.staff[member.id] = member
    case .memberDeactivated(let id):
      guard state.staff[id]?.isActive == true else {
        throw Inconsistency("staff \(id) is missing or already inactive")
      }
      state.staff[id]?.isActive = false
    case .memberReactivated(let id):
      guard state.staff[id]?.isActive == false else {
        throw Inconsistency("staff \(id) is missing or already active")
      }
      state.staff[id]?.isActive = true
    case .supervisorAppointed(let supervisor):
      guard state.supervisors[supervisor.id] == nil else {
        throw Inconsistency("supervisor \(supervisor.id) already exists")
      }
      state.supervisors[supervisor.id] = supervisor
    case .supervisorEdited(let supervisor, let previous):
      guard state.supervisors[supervisor.id] == previous else {
        throw Inconsistency("supervisor \(supervisor.id) is not as the edit expects")
      }
      state.supervisors[supervisor.id] = supervisor
    case .supervisorDeactivated(let id):
      guard state.supervisors[id]?.isActive == true else {
        throw Inconsistency("supervisor \(id) is missing or already inactive")
      }
      state.supervisors[id]?.isActive = false
    case .supervisorReactivated(let id):
      guard state.supervisors[id]?.isActive == false else {
        throw Inconsistency("supervisor \(id) is missing or already active")
      }
      state.supervisors[id]?.isActive = true
    }
  }

  // MARK: - Validation

  /// The member a draft describes, or every problem with it.
  static func validated(_ draft: StaffMemberDraft) throws(Refusal) -> StaffMember {
    var problems: [ValidationProblem] = []
    let id = draft.id.raw.trimmingSpaces
    if id.isEmpty {
      problems.append(RegisterSupport.required("id", zh: "员工编号", en: "The staff id"))
    } else if id.count > 32 || !id.unicodeScalars.allSatisfy(isIDScalar) {
      problems.append(
        ValidationProblem(
          field: "id", zh: "员工编号只能由最多 32 个英文字母、数字、点、下划线或连字符组成",
          en: "The staff id may only hold up to 32 ASCII letters, digits, '.', '_' or '-'"))
    }
    let name = draft.name.trimmingSpaces
    if name.isEmpty { problems.append(RegisterSupport.required("name", zh: "姓名", en: "The name")) }
    let roles = StaffRole.allCases.filter { draft.roles.contains($0) }
    if roles.isEmpty {
      problems.append(
        ValidationProblem(field: "roles", zh: "至少选择一个角色", en: "Choose at least one role"))
    }
    let certificate = RegisterSupport.nonEmpty(draft.certificateNumber)
    if roles.contains(.officer), certificate == nil {
      problems.append(
        ValidationProblem(
          field: "certificateNumber", zh: "执法人员必须填写执法证号",
          en: "An officer needs a law-enforcement certificate number"))
    }
    let qualification = RegisterSupport.nonEmpty(draft.legalQualification)
    if roles.contains(.legalReviewer), qualification == nil {
      problems.append(
        ValidationProblem(
          field: "legalQualification", zh: "法制审核人员必须填写法律职业资格",
          en: "A legal reviewer needs a legal qualification"))
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    return StaffMember(
      id: StaffID(id), name: name, roles: roles, certificateNumber: certificate,
      legalQualification: qualification)
  }

  /// Every problem with a supervisor draft.
  static func supervisorProblems(_ draft: SupervisorDraft) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    if draft.name.trimmingSpaces.isEmpty {
      problems.append(RegisterSupport.required("name", zh: "姓名", en: "The name"))
    }
    if draft.organisation.trimmingSpaces.isEmpty {
      problems.append(
        RegisterSupport.required("organisation", zh: "所在单位", en: "The organisation"))
    }
    if draft.termTo < draft.termFrom {
      problems.append(
        ValidationProblem(
          field: "termTo", zh: "聘期结束日不能早于开始日", en: "The term cannot end before it begins"))
    }
    return problems
  }

  private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": return true
    default: return false
    }
  }

  // MARK: - Guards

  /// The member with an id, or a not-found refusal.
  static func existing(_ id: StaffID, in state: DomainState) throws(Refusal) -> StaffMember {
    guard let member = state.staff[id] else {
      throw Refusal.notFound(LocalizedText(zh: "员工", en: "staff member"), id.raw)
    }
    return member
  }

  /// The supervisor with an id, or a not-found refusal.
  static func existingSupervisor(_ id: SupervisorID, in state: DomainState) throws(Refusal)
    -> SocialSupervisor
  {
    guard let supervisor = state.supervisors[id] else {
      throw Refusal.notFound(LocalizedText(zh: "社会监督员", en: "social supervisor"), id.raw)
    }
    return supervisor
  }

  /// Whether some active member can manage staff.
  static func hasActiveManager(_ staff: [StaffID: StaffMember]) -> Bool {
    staff.values.contains { $0.isActive && !managers.isDisjoint(with: $0.roles) }
  }

  /// Refuses a change that would leave no active clerk or approver where there was one.
  static func checkManagersRemain(
    before: [StaffID: StaffMember], after: [StaffID: StaffMember]
  ) throws(Refusal) {
    guard hasActiveManager(before), !hasActiveManager(after) else { return }
    throw Refusal.rule(
      zh: "此操作后将没有启用的登记员或分管领导，无人能再管理员工",
      en: "After this no active clerk or approver would remain to manage staff")
  }

  /// Refuses taking the commissioner role from a member who still has enterprises or open
  /// requests; they must be handed over first.
  static func checkNoCommissionerDuties(_ member: StaffMember, in state: DomainState)
    throws(Refusal)
  {
    let enterprises = state.enterprises.values.filter { $0.commissioner == member.id }.count
    let requests = state.serviceRequests.values.filter {
      $0.commissioner == member.id && $0.status != .closed
    }.count
    guard enterprises == 0, requests == 0 else {
      throw Refusal.rule(
        zh: "\(member.name) 仍是 \(enterprises) 家企业的服务专员、负责 \(requests) 件未办结诉求，请先移交",
        en: "\(member.name) is still commissioner of \(enterprises) enterprise(s) with "
          + "\(requests) open request(s); hand them over first")
    }
  }
}
