/// The rules of the enterprise register: who may do what, and how each fact changes the state.
///
/// Clerks keep the register; clerks and approvers assign commissioners; clerks and
/// commissioners record QR-code delivery.
enum EnterpriseRules {
  static let keepers: Set<StaffRole> = [.clerk]
  static let assigners: Set<StaffRole> = [.clerk, .approver]
  static let deliverers: Set<StaffRole> = [.clerk, .commissioner]

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: EnterpriseCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    let today = time.day(utcOffset: state.settings.utcOffset)
    switch command {
    case .register(let draft):
      let enterprise = try validated(draft, by: actor.actor, at: time, today: today)
      try actor.require(keepers, for: LocalizedText(zh: "登记企业", en: "Register an enterprise"))
      if let existing = state.enterprises[enterprise.id] {
        throw Refusal.rule(
          zh: "统一社会信用代码 \(enterprise.uscc) 已登记为“\(existing.name)”",
          en: "The code \(enterprise.uscc) is already registered as \(existing.name)")
      }
      return [.enterprise(.registered(enterprise))]
    case .edit(let id, let fields):
      let cleaned = try validatedFields(fields, today: today)
      try actor.require(keepers, for: LocalizedText(zh: "修改企业信息", en: "Edit an enterprise"))
      let enterprise = try existing(id, in: state)
      let changed = cleaned.filter { enterprise.current($0) != $0 }
      guard !changed.isEmpty else { return [] }
      return [
        .enterprise(.edited(id, changed, previous: changed.map { enterprise.current($0) }))
      ]
    case .assignCommissioner(let id, let staffID):
      try actor.require(
        assigners, for: LocalizedText(zh: "指派服务专员", en: "Assign a commissioner"))
      let enterprise = try existing(id, in: state)
      try checkCommissioner(staffID, in: state)
      guard enterprise.commissioner != staffID else {
        throw Refusal.rule(
          zh: "\(staffID.raw) 已是该企业的服务专员",
          en: "\(staffID.raw) is already this enterprise's commissioner")
      }
      return [
        .enterprise(
          .commissionerAssigned(id, staffID, on: today, previous: enterprise.commissioner))
      ]
    case .unassignCommissioner(let id):
      try actor.require(
        assigners, for: LocalizedText(zh: "取消服务专员", en: "Unassign a commissioner"))
      let enterprise = try existing(id, in: state)
      guard let current = enterprise.commissioner else {
        throw Refusal.rule(
          zh: "该企业没有服务专员", en: "This enterprise has no commissioner")
      }
      return [.enterprise(.commissionerUnassigned(id, current, on: today))]
    case .deliverQRCode(let id, let day):
      if day > today {
        throw Refusal.invalid([
          RegisterSupport.future(
            "qrCodeDeliveredOn", zh: "送达日期", en: "The delivery day", today: today)
        ])
      }
      try actor.require(
        deliverers, for: LocalizedText(zh: "登记码上监督二维码送达", en: "Record QR-code delivery"))
      let enterprise = try existing(id, in: state)
      if let delivered = enterprise.qrCodeDeliveredOn {
        throw Refusal.rule(
          zh: "该企业的码上监督二维码已于 \(delivered) 送达",
          en: "The QR-supervision code was already delivered on \(delivered)")
      }
      return [.enterprise(.qrCodeDelivered(id, on: day))]
    case .addTag(let id, let raw):
      let tag = try validatedTag(raw)
      try actor.require(keepers, for: LocalizedText(zh: "添加标签", en: "Add a tag"))
      let enterprise = try existing(id, in: state)
      guard !enterprise.tags.contains(tag) else {
        throw Refusal.rule(zh: "已有标签“\(tag)”", en: "The tag \(tag) is already there")
      }
      return [.enterprise(.tagAdded(id, tag))]
    case .removeTag(let id, let raw):
      let tag = try validatedTag(raw)
      try actor.require(keepers, for: LocalizedText(zh: "删除标签", en: "Remove a tag"))
      let enterprise = try existing(id, in: state)
      guard enterprise.tags.contains(tag) else {
        throw Refusal.rule(zh: "没有标签“\(tag)”", en: "There is no tag \(tag)")
      }
      return [.enterprise(.tagRemoved(id, tag))]
    }
  }

  /// Applies one change of this area.
  static func apply(_ change: EnterpriseChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    switch change {
    case .registered(let enterprise):
      guard state.enterprises[enterprise.id] == nil else {
        throw Inconsistency("enterprise \(enterprise.id) already exists")
      }
      state.enterprises[enterprise.id] = enterprise
    case .edited(let id, let fields, let previous):
      var enterprise = try found(id, in: state)
      guard fields.count == previous.count,
        zip(fields, previous).allSatisfy({ $0.key == $1.key && enterprise.current($1) == $1 })
      else { throw Inconsistency("enterprise \(id) is not as the edit expects") }
      for field in fields { enterprise.set(field) }
      state.enterprises[id] = enterprise
    case .commissionerAssigned(let id, let staffID, let day, let previous):
      var enterprise = try found(id, in: state)
      guard enterprise.commissioner == previous, previous != staffID else {
        throw Inconsistency("enterprise \(id)'s commissioner is not as the assignment expects")
      }
      closeAssignment(of: &enterprise, on: day)
      enterprise.commissioner = staffID
      enterprise.commissionerHistory.append(
        Enterprise.CommissionerAssignment(
          commissioner: staffID, from: day, assignedBy: event.actor))
      state.enterprises[id] = enterprise
    case .commissionerUnassigned(let id, let staffID, let day):
      var enterprise = try found(id, in: state)
      guard enterprise.commissioner == staffID else {
        throw Inconsistency("enterprise \(id)'s commissioner is not \(staffID)")
      }
      closeAssignment(of: &enterprise, on: day)
      enterprise.commissioner = nil
      state.enterprises[id] = enterprise
    case .qrCodeDelivered(let id, let day):
      var enterprise = try found(id, in: state)
      guard enterprise.qrCodeDeliveredOn == nil else {
        throw Inconsistency("enterprise \(id)'s QR code was already delivered")
      }
      enterprise.qrCodeDeliveredOn = day
      state.enterprises[id] = enterprise
    case .tagAdded(let id, let tag):
      var enterprise = try found(id, in: state)
      guard !enterprise.tags.contains(tag) else {
        throw Inconsistency("enterprise \(id) already has tag \(tag)")
      }
      enterprise.tags.append(tag)
      enterprise.tags.sort()
      state.enterprises[id] = enterprise
    case .tagRemoved(let id, let tag):
      var enterprise = try found(id, in: state)
      guard enterprise.tags.contains(tag) else {
        throw Inconsistency("enterprise \(id) has no tag \(tag)")
      }
      enterprise.tags.removeAll { $0 == tag }
      state.enterprises[id] = enterprise
    }
  }

  private static func closeAssignment(of enterprise: inout Enterprise, on day: Day) {
    guard let last = enterprise.commissionerHistory.indices.last,
      enterprise.commissionerHistory[last].until == nil
    else { return }
    enterprise.commissionerHistory[last].until = day
  }

  // MARK: - Lookups

  /// The enterprise with an id, or a not-found refusal.
  static func existing(_ id: EnterpriseID, in state: DomainState) throws(Refusal) -> Enterprise {
    guard let enterprise = state.enterprises[id] else {
      throw Refusal.notFound(LocalizedText(zh: "企业", en: "enterprise"), id.raw)
    }
    return enterprise
  }

  /// The enterprise an event names, or an inconsistency.
  static func found(_ id: EnterpriseID, in state: DomainState) throws(Inconsistency) -> Enterprise {
    guard let enterprise = state.enterprises[id] else {
      throw Inconsistency("no enterprise \(id)")
    }
    return enterprise
  }

  /// Refuses a commissioner who is not an active staff member with the commissioner role.
  static func checkCommissioner(_ id: StaffID, in state: DomainState) throws(Refusal) {
    guard let member = state.staff[id] else {
      throw Refusal.notFound(LocalizedText(zh: "员工", en: "staff member"), id.raw)
    }
    guard member.isActive, member.roles.contains(.commissioner) else {
      throw Refusal.rule(
        zh: "\(member.name) 不是启用的服务专员", en: "\(member.name) is not an active commissioner")
    }
  }

  // MARK: - Validation

  /// The enterprise a registration form describes, or every problem with it.
  static func validated(
    _ draft: EnterpriseDraft, by actor: Actor, at time: Timestamp, today: Day
  ) throws(Refusal) -> Enterprise {
    var problems = UnifiedSocialCreditCode.problems(
      in: draft.uscc, overrideReason: draft.usccOverrideReason)
    let fields: [Enterprise.Field] = [
      .name(draft.name), .shortName(draft.shortName), .district(draft.district),
      .industry(draft.industry), .ownership(draft.ownership), .tier(draft.tier),
      .keyDischargeUnit(draft.isKeyDischargeUnit), .monitoring(draft.monitoring),
      .address(draft.address), .legalRepresentative(draft.legalRepresentative),
      .contactPerson(draft.contactPerson), .contactPhone(draft.contactPhone),
      .notes(draft.notes), .permitsComplete(draft.permit.permitsComplete),
      .facilitiesRunning(draft.permit.facilitiesRunning),
      .executionReportsFiled(draft.permit.executionReportsFiled),
      .facilityCategory(draft.permit.category), .emergencies(draft.permit.emergencies),
    ]
    var cleaned: [Enterprise.Field] = []
    for field in fields {
      let (value, fieldProblems) = check(field, today: today)
      cleaned.append(value)
      problems += fieldProblems
    }
    var tags: [String] = []
    for (index, raw) in draft.tags.enumerated() {
      let tag = raw.trimmingSpaces
      if tag.isEmpty {
        problems.append(
          ValidationProblem(field: "tags[\(index)]", zh: "标签不能为空", en: "A tag cannot be empty"))
      } else if !tags.contains(tag) {
        tags.append(tag)
      }
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    var enterprise = Enterprise(
      uscc: UnifiedSocialCreditCode.normalized(draft.uscc),
      usccOverrideReason: RegisterSupport.nonEmpty(draft.usccOverrideReason), name: "",
      district: "", tags: tags.sorted(), registeredBy: actor, registeredAt: time)
    for field in cleaned { enterprise.set(field) }
    return enterprise
  }

  /// The fields of an edit, cleaned, or every problem with them.
  static func validatedFields(_ fields: [Enterprise.Field], today: Day) throws(Refusal)
    -> [Enterprise.Field]
  {
    var problems: [ValidationProblem] = []
    var cleaned: [Enterprise.Field] = []
    var seen: Set<String> = []
    for field in fields {
      if !seen.insert(field.key).inserted {
        problems.append(
          ValidationProblem(
            field: field.key, zh: "同一字段只能修改一次", en: "A field may be changed only once"))
        continue
      }
      let (value, fieldProblems) = check(field, today: today)
      cleaned.append(value)
      problems += fieldProblems
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    return cleaned
  }

  /// One field trimmed and normalised, with its problems.
  static func check(_ field: Enterprise.Field, today: Day) -> (
    Enterprise.Field, [ValidationProblem]
  ) {
    let trim: (String) -> String = { $0.trimmingSpaces }
    switch field {
    case .name(let value):
      let text = trim(value)
      return (
        .name(text),
        text.isEmpty ? [RegisterSupport.required(field.key, zh: "企业名称", en: "The name")] : []
      )
    case .district(let value):
      let text = trim(value)
      return (
        .district(text),
        text.isEmpty ? [RegisterSupport.required(field.key, zh: "所在区县", en: "The district")] : []
      )
    case .shortName(let value): return (.shortName(trim(value)), [])
    case .industry(let value): return (.industry(trim(value)), [])
    case .ownership(let value): return (.ownership(trim(value)), [])
    case .address(let value): return (.address(trim(value)), [])
    case .legalRepresentative(let value): return (.legalRepresentative(trim(value)), [])
    case .contactPerson(let value): return (.contactPerson(trim(value)), [])
    case .contactPhone(let value):
      let text = trim(value)
      let allowed = text.unicodeScalars.allSatisfy {
        ("0"..."9").contains($0) || $0 == "-" || $0 == "+" || $0 == " "
      }
      return (
        .contactPhone(text),
        allowed
          ? []
          : [
            ValidationProblem(
              field: field.key, zh: "联系电话只能包含数字、空格、“-”和“+”",
              en: "A phone number may only hold digits, spaces, '-' and '+'")
          ]
      )
    case .notes(let value): return (.notes(trim(value)), [])
    case .emergencies(let days):
      let sorted = Array(Set(days)).sorted()
      let future = sorted.contains { $0 > today }
      return (
        .emergencies(sorted),
        future
          ? [
            RegisterSupport.future(field.key, zh: "突发环境事件日期", en: "An emergency day", today: today)
          ]
          : []
      )
    case .tier, .keyDischargeUnit, .monitoring, .permitsComplete, .facilitiesRunning,
      .executionReportsFiled, .facilityCategory:
      return (field, [])
    }
  }

  /// A tag trimmed, or a problem.
  static func validatedTag(_ raw: String) throws(Refusal) -> String {
    let tag = raw.trimmingSpaces
    guard !tag.isEmpty else {
      throw Refusal.invalid([
        ValidationProblem(field: "tag", zh: "标签不能为空", en: "A tag cannot be empty")
      ])
    }
    return tag
  }
}
