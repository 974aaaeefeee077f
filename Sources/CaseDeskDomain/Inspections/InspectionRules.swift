/// The rules of inspections ("无计划不检查", 扫码入企, health-check forms): who may do what, and
/// how each fact changes the state.
enum InspectionRules {
  /// The id prefix of inspections (检查).
  static let idPrefix = "JC"

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: InspectionCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    switch command {
    case .planInspection(let plan):
      let planned = try validatePlan(plan, by: actor, at: time, in: state)
      return [.inspection(.planned(planned))]
    case .approveInspection(let id, let form, let notice):
      return try approve(id, form: form, notice: notice, by: actor, in: state)
    case .withdrawInspection(let id, let reason):
      return try withdraw(id, reason: reason, by: actor, in: state)
    case .recordScanIn(let id, let report):
      return try scanIn(id, report, by: actor, at: time, in: state)
    case .recordResult(let id, let outcome, let findings, let problems):
      return try result(
        id, outcome: outcome, findings: findings, problems: problems, by: actor, in: state)
    case .verifyHealthCheckProblem(let id, let index, let isFixed, let day, let officer):
      return try verifyProblem(
        id, index: index, isFixed: isFixed, day: day, officer: officer, by: actor, at: time,
        in: state)
    case .recordEvaluation(let id, let evaluation):
      return try evaluate(id, evaluation, by: actor, in: state)
    case .fileInspection(let id):
      return try file(id, by: actor, in: state)
    case .inviteSupervisor(let id, let supervisor):
      return try invite(id, supervisor, by: actor, in: state)
    case .recordSupervisorParticipation(let id, let supervisor, let participated, let opinion):
      return try participation(
        id, supervisor, participated: participated, opinion: opinion, by: actor, in: state)
    }
  }

  // MARK: - Planning

  /// Validates a plan, applies the positive-list guard, and assigns the new id.
  ///
  /// Shared with the clue area, which plans an inspection when it converts a clue.
  static func validatePlan(
    _ plan: InspectionPlan, by actor: ActorContext, at time: Timestamp, in state: DomainState,
    field: String = "plan"
  ) throws(Refusal) -> PlannedInspection {
    var problems: [ValidationProblem] = []
    let today = time.day(utcOffset: state.settings.utcOffset)
    if plan.plannedOn < today {
      problems.append(
        ValidationProblem(
          field: "\(field).plannedOn", zh: "计划检查日期不能早于今天（\(today)）",
          en: "The planned day cannot be before today (\(today))"))
    }
    problems += officerProblems(plan.officers, field: "\(field).officers", in: state)
    problems += reasonProblems(plan, field: "\(field).reason", in: state)
    guard problems.isEmpty else { throw Refusal.invalid(problems) }

    try actor.require([.officer], for: LocalizedText(zh: "制定检查计划", en: "Plan an inspection"))
    guard state.enterprises[plan.enterprise] != nil else {
      throw Refusal.notFound(LocalizedText(zh: "企业", en: "enterprise"), plan.enterprise.raw)
    }
    let listed = state.positiveList[plan.enterprise]?.status == .listed
    let mode = plan.mode ?? (listed ? .offSite : .onSite)
    if listed, mode == .onSite, plan.kind == .routine, plan.reason == nil {
      throw Refusal.rule(
        zh: "无事不扰：该企业在监督执法正面清单上，现场日常检查须说明理由（线索、投诉或随机抽取）；"
          + "否则请改为非现场检查",
        en: "No needless visits (无事不扰): the enterprise is on the positive list, so a routine"
          + " on-site inspection needs a stated reason (a clue, a complaint or a random-sampling"
          + " draw); otherwise check off site")
    }
    let raw = state.nextRecordID(prefix: idPrefix, at: time)
    return PlannedInspection(
      id: InspectionID(raw), enterprise: plan.enterprise, kind: plan.kind, mode: mode,
      plannedOn: plan.plannedOn, officers: plan.officers, reason: plan.reason,
      isPositiveListException: listed && mode == .onSite)
  }

  /// Problems with a list of officers: at least two, distinct, active, certified officers.
  static func officerProblems(
    _ officers: [StaffID], field: String, in state: DomainState
  ) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    if Set(officers).count < 2 {
      problems.append(
        ValidationProblem(
          field: field, zh: "至少需要两名不同的执法人员",
          en: "At least two different officers are needed"))
    }
    for (index, id) in officers.enumerated() {
      let name = "\(field)[\(index)]"
      guard let member = state.staff[id] else {
        problems.append(
          ValidationProblem(
            field: name, zh: "员工名单中没有 \(id.raw)", en: "\(id.raw) is not on the staff list"))
        continue
      }
      if !member.isActive {
        problems.append(
          ValidationProblem(field: name, zh: "\(member.name) 已停用", en: "\(member.name) is inactive")
        )
      }
      if !member.roles.contains(.officer) {
        problems.append(
          ValidationProblem(
            field: name, zh: "\(member.name) 不是执法人员", en: "\(member.name) is not an officer"))
      }
      if (member.certificateNumber ?? "").allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(
            field: name, zh: "\(member.name) 没有执法证号",
            en: "\(member.name) has no law-enforcement certificate number"))
      }
    }
    return problems
  }

  private static func reasonProblems(
    _ plan: InspectionPlan, field: String, in state: DomainState
  ) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    switch plan.kind {
    case .onClue:
      if case .clue = plan.reason {
      } else {
        problems.append(
          ValidationProblem(
            field: field, zh: "线索核查须注明线索", en: "An inspection on a clue must name the clue"))
      }
    case .onComplaint:
      if case .complaint = plan.reason {
      } else {
        problems.append(
          ValidationProblem(
            field: field, zh: "投诉核查须注明投诉", en: "An inspection on a complaint must name it"))
      }
    case .randomSampling:
      if case .randomSampling = plan.reason {
      } else {
        problems.append(
          ValidationProblem(
            field: field, zh: "双随机抽查须注明抽取记录",
            en: "A random-sampling inspection must name the draw"))
      }
    case .routine, .recheck:
      break
    }
    switch plan.reason {
    case .clue(let id):
      if let clue = state.clues[id] {
        if let named = clue.enterprise, named != plan.enterprise {
          problems.append(
            ValidationProblem(
              field: field, zh: "线索 \(id.raw) 涉及的是另一家企业",
              en: "Clue \(id.raw) concerns another enterprise"))
        }
      } else {
        problems.append(
          ValidationProblem(field: field, zh: "找不到线索 \(id.raw)", en: "No such clue: \(id.raw)"))
      }
    case .complaint(let text), .randomSampling(let text):
      if text.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(
            field: field, zh: "理由的编号或说明不能为空",
            en: "The reason's reference cannot be empty"))
      }
    case nil:
      break
    }
    return problems
  }

  // MARK: - Approval and withdrawal

  private static func approve(
    _ id: InspectionID, form: String, notice: String, by actor: ActorContext,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    var problems: [ValidationProblem] = []
    if form.allSatisfy(\.isWhitespace) {
      problems.append(
        ValidationProblem(
          field: "approval.approvalFormNumber", zh: "行政检查审批表编号不能为空",
          en: "The approval form number is required"))
    }
    if notice.allSatisfy(\.isWhitespace) {
      problems.append(
        ValidationProblem(
          field: "approval.noticeNumber", zh: "行政检查通知书编号不能为空",
          en: "The inspection notice number is required"))
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    try actor.require([.approver], for: LocalizedText(zh: "审批检查计划", en: "Approve an inspection"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard inspection.stage == .planned else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 已审批，不能重复审批",
        en: "Inspection \(id.raw) is already approved")
    }
    if let other = state.inspectionDocumentNumbers["notice:" + notice] {
      throw Refusal.rule(
        zh: "行政检查通知书编号 \(notice) 已用于检查 \(other.raw)",
        en: "Notice number \(notice) is already used by inspection \(other.raw)")
    }
    if let other = state.inspectionDocumentNumbers["form:" + form] {
      throw Refusal.rule(
        zh: "审批表编号 \(form) 已用于检查 \(other.raw)",
        en: "Approval form number \(form) is already used by inspection \(other.raw)")
    }
    return [.inspection(.approved(id, approvalFormNumber: form, noticeNumber: notice))]
  }

  private static func withdraw(
    _ id: InspectionID, reason: String, by actor: ActorContext, in state: DomainState
  ) throws(Refusal) -> [Change] {
    if reason.allSatisfy(\.isWhitespace) {
      throw Refusal.invalid([
        ValidationProblem(
          field: "withdrawal.reason", zh: "撤回须说明理由", en: "A withdrawal needs a reason")
      ])
    }
    try actor.require(
      [.officer, .approver], for: LocalizedText(zh: "撤回检查计划", en: "Withdraw an inspection"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard inspection.stage == .planned || inspection.stage == .approved else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 已扫码入企，不能撤回；请记录检查结果",
        en: "Inspection \(id.raw) has been scanned in and cannot be withdrawn; record its result")
    }
    return [.inspection(.withdrawn(id, reason: reason))]
  }

  // MARK: - On site

  private static func scanIn(
    _ id: InspectionID, _ report: ScanInReport, by actor: ActorContext, at time: Timestamp,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    var problems: [ValidationProblem] = []
    if report.place.allSatisfy(\.isWhitespace) {
      problems.append(
        ValidationProblem(field: "scanIn.place", zh: "扫码地点不能为空", en: "The place is required"))
    }
    if report.scannedAt > time {
      problems.append(
        ValidationProblem(
          field: "scanIn.scannedAt", zh: "扫码时间不能晚于现在", en: "The scan time is in the future"))
    }
    problems += officerProblems(report.officers, field: "scanIn.officers", in: state)
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    try actor.require([.officer], for: LocalizedText(zh: "记录扫码入企", en: "Record a scan-in"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard let approval = inspection.approval else {
      throw Refusal.rule(
        zh: "无计划不检查：检查 \(id.raw) 尚未审批，不能扫码入企",
        en: "No inspection without a plan (无计划不检查): inspection \(id.raw) is not approved,"
          + " so no scan-in can be recorded")
    }
    guard inspection.mode == .onSite else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 为非现场检查，不扫码入企",
        en: "Inspection \(id.raw) is an off-site check: there is no scan-in")
    }
    guard report.scannedAt >= approval.stamp.time else {
      throw Refusal.rule(
        zh: "无计划不检查：扫码时间早于审批时间 \(approval.stamp.time)",
        en: "No inspection without a plan (无计划不检查): the scan is earlier than the approval"
          + " (\(approval.stamp.time))")
    }
    switch inspection.stage {
    case .approved: break
    case .scannedIn where inspection.scanIn?.verification == .failed: break
    default:
      throw Refusal.rule(
        zh: "检查 \(id.raw) 已有有效的扫码记录", en: "Inspection \(id.raw) already has a valid scan-in")
    }
    let officers = report.officers.map {
      InspectionScanIn.Officer(
        staff: $0, certificateNumber: state.staff[$0]?.certificateNumber ?? "")
    }
    return [
      .inspection(
        .scannedIn(
          id, scannedAt: report.scannedAt, place: report.place, officers: officers,
          verification: report.verification))
    ]
  }

  private static func result(
    _ id: InspectionID, outcome: Inspection.Outcome, findings: String, problems items: [String],
    by actor: ActorContext, in state: DomainState
  ) throws(Refusal) -> [Change] {
    var problems: [ValidationProblem] = []
    switch outcome {
    case .caseOpened:
      problems.append(
        ValidationProblem(
          field: "result.outcome", zh: "立案请通过案件的“立案”操作办理",
          en: "A case is opened with the case commands, not as a result"))
    case .healthCheckForm:
      if items.isEmpty {
        problems.append(
          ValidationProblem(
            field: "result.healthCheckProblems", zh: "体检单至少列出一个问题",
            en: "A health-check form lists at least one problem"))
      }
      for (index, item) in items.enumerated() where item.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(
            field: "result.healthCheckProblems[\(index)]", zh: "问题描述不能为空",
            en: "The problem's description is required"))
      }
    case .compliant, .problemsFound:
      if !items.isEmpty {
        problems.append(
          ValidationProblem(
            field: "result.healthCheckProblems", zh: "只有开具体检单时才列出体检问题",
            en: "Health-check problems are listed only with a health-check form"))
      }
    }
    if outcome == .problemsFound, findings.allSatisfy(\.isWhitespace) {
      problems.append(
        ValidationProblem(
          field: "result.findings", zh: "发现问题时须写明问题", en: "Describe the problems found"))
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    try actor.require([.officer], for: LocalizedText(zh: "记录检查结果", en: "Record a result"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard inspection.approval != nil else {
      throw Refusal.rule(
        zh: "无计划不检查：检查 \(id.raw) 尚未审批，不能记录检查结果",
        en: "No inspection without a plan (无计划不检查): inspection \(id.raw) is not approved,"
          + " so no result can be recorded")
    }
    guard inspection.result == nil else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 已记录结果", en: "Inspection \(id.raw) already has a result")
    }
    if inspection.mode == .onSite {
      guard inspection.scanIn?.verification == .verified else {
        throw Refusal.rule(
          zh: "现场检查须先扫码入企并核验通过，才能记录结果",
          en: "An on-site inspection needs a verified scan-in before its result")
      }
    } else if outcome == .healthCheckForm {
      throw Refusal.rule(
        zh: "体检单在现场开具，非现场检查不能开具",
        en: "A health-check form is issued on site; an off-site check cannot issue one")
    }
    return [
      .inspection(
        .resultRecorded(id, outcome: outcome, findings: findings, healthCheckProblems: items))
    ]
  }

  private static func verifyProblem(
    _ id: InspectionID, index: Int, isFixed: Bool, day: Day, officer: StaffID,
    by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    let inspection = state.inspections[id]
    var problems: [ValidationProblem] = []
    let today = time.day(utcOffset: state.settings.utcOffset)
    if day > today {
      problems.append(
        ValidationProblem(
          field: "verification.verifiedOn", zh: "核验日期不能晚于今天",
          en: "The verification day cannot be after today"))
    }
    if let form = inspection?.healthCheckForm {
      if !form.problems.indices.contains(index) {
        problems.append(
          ValidationProblem(
            field: "verification.problem", zh: "体检单上没有第 \(index + 1) 个问题",
            en: "The form has no problem number \(index + 1)"))
      }
      if day < form.issued.time.day(utcOffset: state.settings.utcOffset) {
        problems.append(
          ValidationProblem(
            field: "verification.verifiedOn", zh: "核验日期不能早于开具体检单的日期",
            en: "The verification day cannot be before the form was issued"))
      }
    }
    for problem in officerProblems([officer], field: "verification.officer", in: state)
    where problem.field != "verification.officer" {
      problems.append(ValidationProblem(field: "verification.officer", message: problem.message))
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    try actor.require(
      [.officer], for: LocalizedText(zh: "核验体检单问题", en: "Verify a health-check problem"))
    guard let inspection else {
      throw Refusal.notFound(LocalizedText(zh: "检查", en: "inspection"), id.raw)
    }
    guard let form = inspection.healthCheckForm else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 没有开具体检单", en: "Inspection \(id.raw) issued no health-check form")
    }
    if form.problems[index].verification?.isFixed == true {
      throw Refusal.rule(
        zh: "该问题已核验为已整改", en: "This problem has already been verified as fixed")
    }
    return [
      .inspection(
        .healthCheckProblemVerified(
          id, problem: index, isFixed: isFixed, verifiedOn: day, officer: officer))
    ]
  }

  // MARK: - Evaluation, filing, supervisors

  private static func evaluate(
    _ id: InspectionID, _ evaluation: Inspection.Evaluation, by actor: ActorContext,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    try actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "记录企业评价", en: "Record the evaluation"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard inspection.mode == .onSite else {
      throw Refusal.rule(
        zh: "非现场检查没有企业的扫码评价", en: "An off-site check has no enterprise evaluation")
    }
    guard inspection.stage == .resultRecorded else {
      throw Refusal.rule(
        zh: inspection.evaluation == nil
          ? "检查 \(id.raw) 尚未记录结果，企业还不能评价" : "检查 \(id.raw) 已有企业评价",
        en: inspection.evaluation == nil
          ? "Inspection \(id.raw) has no result yet to evaluate"
          : "Inspection \(id.raw) has already been evaluated")
    }
    return [.inspection(.evaluated(id, evaluation))]
  }

  private static func file(
    _ id: InspectionID, by actor: ActorContext, in state: DomainState
  ) throws(Refusal) -> [Change] {
    try actor.require(
      [.officer, .clerk], for: LocalizedText(zh: "检查立卷归档", en: "File an inspection"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard inspection.result != nil else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 尚未记录结果，不能归档",
        en: "Inspection \(id.raw) has no result and cannot be filed")
    }
    return [.inspection(.filed(id))]
  }

  private static func invite(
    _ id: InspectionID, _ supervisor: SupervisorID, by actor: ActorContext, in state: DomainState
  ) throws(Refusal) -> [Change] {
    try actor.require(
      [.officer, .approver], for: LocalizedText(zh: "邀请社会监督员", en: "Invite a supervisor"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard state.supervisors[supervisor] != nil else {
      throw Refusal.notFound(LocalizedText(zh: "社会监督员", en: "social supervisor"), supervisor.raw)
    }
    guard inspection.result == nil else {
      throw Refusal.rule(
        zh: "检查 \(id.raw) 已结束，不能再邀请", en: "Inspection \(id.raw) is over; too late to invite")
    }
    guard !inspection.supervisors.contains(where: { $0.supervisor == supervisor }) else {
      throw Refusal.rule(
        zh: "已邀请 \(supervisor.raw)", en: "\(supervisor.raw) has already been invited")
    }
    return [.inspection(.supervisorInvited(id, supervisor))]
  }

  private static func participation(
    _ id: InspectionID, _ supervisor: SupervisorID, participated: Bool, opinion: String,
    by actor: ActorContext, in state: DomainState
  ) throws(Refusal) -> [Change] {
    try actor.require(
      [.officer, .clerk],
      for: LocalizedText(zh: "记录监督员参与情况", en: "Record a supervisor's participation"))
    let inspection = try find(id, in: state)
    try requireOpen(inspection)
    guard let invitation = inspection.supervisors.first(where: { $0.supervisor == supervisor })
    else {
      throw Refusal.rule(
        zh: "\(supervisor.raw) 未受邀参加检查 \(id.raw)",
        en: "\(supervisor.raw) was not invited to inspection \(id.raw)")
    }
    guard invitation.participated == nil else {
      throw Refusal.rule(
        zh: "已记录 \(supervisor.raw) 的参与情况",
        en: "\(supervisor.raw)'s participation is already recorded")
    }
    guard inspection.scanIn != nil || inspection.result != nil else {
      throw Refusal.rule(
        zh: "检查尚未进行，不能记录参与情况",
        en: "The inspection has not taken place; participation cannot be recorded yet")
    }
    let text = opinion.allSatisfy(\.isWhitespace) ? nil : opinion
    return [
      .inspection(
        .supervisorParticipationRecorded(id, supervisor, participated: participated, opinion: text))
    ]
  }

  // MARK: - Helpers

  private static func find(_ id: InspectionID, in state: DomainState) throws(Refusal) -> Inspection
  {
    guard let inspection = state.inspections[id] else {
      throw Refusal.notFound(LocalizedText(zh: "检查", en: "inspection"), id.raw)
    }
    return inspection
  }

  /// Refuses changes to a withdrawn or filed inspection.
  private static func requireOpen(_ inspection: Inspection) throws(Refusal) {
    if inspection.withdrawal != nil {
      throw Refusal.rule(
        zh: "检查 \(inspection.id.raw) 已撤回", en: "Inspection \(inspection.id.raw) was withdrawn")
    }
    if inspection.filed != nil {
      throw Refusal(
        .readOnly,
        LocalizedText(
          zh: "检查 \(inspection.id.raw) 已归档，不能再更改",
          en: "Inspection \(inspection.id.raw) is filed and can no longer change"))
    }
  }
}
