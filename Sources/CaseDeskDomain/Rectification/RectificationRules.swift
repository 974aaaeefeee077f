/// The rules of central-inspection rectification tasks: who may do what, and how each fact
/// changes the state.
enum RectificationRules {
  /// The id prefix of rectification tasks (整改).
  static let idPrefix = "ZG"

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: RectificationCommand, by actor: ActorContext, at time: Timestamp,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    let today = time.day(utcOffset: state.settings.utcOffset)
    switch command {
    case .createTask(let draft):
      var problems: [ValidationProblem] = []
      if draft.title.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(field: "task.title", zh: "任务名称不能为空", en: "The title is required"))
      }
      if draft.district.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(
            field: "task.district", zh: "须注明责任区", en: "The responsible district is required"))
      }
      problems += evidenceProblems(draft.evidence, field: "task.evidence", required: false)
      for (index, enterprise) in draft.enterprises.enumerated() {
        if state.enterprises[enterprise] == nil {
          problems.append(
            ValidationProblem(
              field: "task.enterprises[\(index)]", zh: "企业名录中没有 \(enterprise.raw)",
              en: "\(enterprise.raw) is not in the register"))
        } else if draft.enterprises.prefix(index).contains(enterprise) {
          problems.append(
            ValidationProblem(
              field: "task.enterprises[\(index)]", zh: "\(enterprise.raw) 重复",
              en: "\(enterprise.raw) is listed twice"))
        }
      }
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.clerk, .officer, .approver], for: LocalizedText(zh: "新建整改任务", en: "Create a task"))
      let raw = state.nextRecordID(prefix: idPrefix, at: time)
      return [.rectification(.created(RectificationTaskID(raw), draft))]

    case .recordProgress(let id, let evidence):
      let problems = evidenceProblems(evidence, field: "progress.evidence", required: true)
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.clerk, .officer], for: LocalizedText(zh: "记录整改进展", en: "Record progress"))
      let task = try find(id, in: state)
      try require(task, is: .inProgress)
      return [.rectification(.progressRecorded(id, evidence: evidence))]

    case .recordDistrictAcceptance(let id, let day, let note):
      let task = state.rectificationTasks[id]
      let problems = dayProblems(day, after: task.flatMap(latestDay), today: today)
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.clerk, .officer], for: LocalizedText(zh: "记录区验收", en: "Record district acceptance"))
      let found = try find(id, in: state)
      try require(found, is: .inProgress)
      guard !found.evidence.isEmpty else {
        throw Refusal.rule(
          zh: "区验收须有整改佐证材料，请先记录整改进展",
          en: "District acceptance needs evidence of the work: record progress first")
      }
      return [.rectification(.districtAccepted(id, on: day, note: note))]

    case .passCityRecheck(let id, let day, let note):
      let task = state.rectificationTasks[id]
      let problems = dayProblems(day, after: task.flatMap(latestDay), today: today)
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.approver], for: LocalizedText(zh: "市复核通过", en: "Pass the city re-check"))
      try require(try find(id, in: state), is: .districtAccepted)
      return [.rectification(.cityRecheckPassed(id, on: day, note: note))]

    case .sendBackToDistrict(let id, let day, let reasons):
      let task = state.rectificationTasks[id]
      var problems = dayProblems(day, after: task.flatMap(latestDay), today: today)
      if reasons.allSatisfy(\.isWhitespace) {
        problems.append(
          ValidationProblem(
            field: "recheck.reasons", zh: "退回须说明理由", en: "A send-back needs its reasons"))
      }
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        [.approver], for: LocalizedText(zh: "市复核退回", en: "Send a task back to the district"))
      try require(try find(id, in: state), is: .districtAccepted)
      return [.rectification(.sentBackToDistrict(id, on: day, reasons: reasons))]

    case .linkEnterprise(let id, let enterprise):
      try actor.require(
        [.clerk, .officer], for: LocalizedText(zh: "关联企业", en: "Link an enterprise"))
      let task = try find(id, in: state)
      guard state.enterprises[enterprise] != nil else {
        throw Refusal.notFound(LocalizedText(zh: "企业", en: "enterprise"), enterprise.raw)
      }
      guard !task.enterprises.contains(enterprise) else {
        throw Refusal.rule(
          zh: "\(enterprise.raw) 已关联到任务 \(id.raw)",
          en: "\(enterprise.raw) is already linked to task \(id.raw)")
      }
      return [.rectification(.enterpriseLinked(id, enterprise))]

    case .unlinkEnterprise(let id, let enterprise):
      try actor.require(
        [.clerk, .officer], for: LocalizedText(zh: "取消关联企业", en: "Unlink an enterprise"))
      let task = try find(id, in: state)
      guard task.enterprises.contains(enterprise) else {
        throw Refusal.rule(
          zh: "\(enterprise.raw) 未关联到任务 \(id.raw)",
          en: "\(enterprise.raw) is not linked to task \(id.raw)")
      }
      return [.rectification(.enterpriseUnlinked(id, enterprise))]
    }
  }

  private static func evidenceProblems(_ evidence: [String], field: String, required: Bool)
    -> [ValidationProblem]
  {
    var problems: [ValidationProblem] = []
    if required, evidence.isEmpty {
      problems.append(
        ValidationProblem(field: field, zh: "须提供佐证材料", en: "Evidence is required"))
    }
    for (index, item) in evidence.enumerated() where item.allSatisfy(\.isWhitespace) {
      problems.append(
        ValidationProblem(
          field: "\(field)[\(index)]", zh: "佐证材料说明不能为空",
          en: "An evidence item cannot be empty"))
    }
    return problems
  }

  /// The day of the task's latest dated step (a step cannot be dated before it).
  private static func latestDay(_ task: RectificationTask) -> Day? {
    [task.districtAcceptance?.on, task.sendBacks.last?.on].compactMap { $0 }.max()
  }

  private static func dayProblems(_ day: Day, after earliest: Day?, today: Day)
    -> [ValidationProblem]
  {
    var problems: [ValidationProblem] = []
    if day > today {
      problems.append(
        ValidationProblem(field: "step.on", zh: "日期不能晚于今天", en: "The day cannot be after today"))
    }
    if let earliest, day < earliest {
      problems.append(
        ValidationProblem(
          field: "step.on", zh: "日期不能早于上一步（\(earliest)）",
          en: "The day cannot be before the previous step (\(earliest))"))
    }
    return problems
  }

  private static func find(_ id: RectificationTaskID, in state: DomainState) throws(Refusal)
    -> RectificationTask
  {
    guard let task = state.rectificationTasks[id] else {
      throw Refusal.notFound(LocalizedText(zh: "整改任务", en: "rectification task"), id.raw)
    }
    return task
  }

  private static func require(_ task: RectificationTask, is status: RectificationTask.Status)
    throws(Refusal)
  {
    guard task.status == status else {
      throw Refusal.rule(
        zh: "整改任务 \(task.id.raw) 当前为“\(task.status.title.zh)”，须为“\(status.title.zh)”"
          + "（先区验收，后市复核）",
        en: "Task \(task.id.raw) is \(task.status.title.en); this needs it \(status.title.en)"
          + " (district acceptance first, then the city re-check)")
    }
  }
}
