extension InspectionChange {
  /// The records this change touched (for the history view and undo).
  public var affectedRecords: [RecordRef] {
    switch self {
    case .planned(let plan):
      var refs: [RecordRef] = [.inspection(plan.id), .enterprise(plan.enterprise)]
      if case .clue(let clue)? = plan.reason { refs.append(.clue(clue)) }
      return refs
    case .approved(let id, _, _), .withdrawn(let id, _), .scannedIn(let id, _, _, _, _),
      .resultRecorded(let id, _, _, _), .healthCheckProblemVerified(let id, _, _, _, _),
      .evaluated(let id, _), .filed(let id):
      return [.inspection(id)]
    case .supervisorInvited(let id, let supervisor),
      .supervisorParticipationRecorded(let id, let supervisor, _, _):
      return [.inspection(id), .supervisor(supervisor)]
    case .caseOpened(let id, let caseID):
      return [.inspection(id), .enforcementCase(caseID)]
    }
  }

  /// One line saying what happened, in both languages.
  public var summary: LocalizedText {
    switch self {
    case .planned(let plan):
      let mark = plan.isPositiveListException
      return LocalizedText(
        zh: "制定检查计划 \(plan.id)（\(plan.kind.title.zh)，\(plan.mode.title.zh)，\(plan.plannedOn)）"
          + (mark ? "，正面清单企业现场检查" : "")
          + (plan.reason.map { "，理由：\($0.title.zh)" } ?? ""),
        en: "Planned inspection \(plan.id) (\(plan.kind.title.en), \(plan.mode.title.en),"
          + " \(plan.plannedOn))" + (mark ? ", on site at a positive-list enterprise" : "")
          + (plan.reason.map { ", reason: \($0.title.en)" } ?? ""))
    case .approved(let id, let form, let notice):
      return LocalizedText(
        zh: "审批检查 \(id)（审批表 \(form)，通知书 \(notice)）",
        en: "Approved inspection \(id) (approval form \(form), notice \(notice))")
    case .withdrawn(let id, let reason):
      return LocalizedText(
        zh: "撤回检查 \(id)：\(reason)", en: "Withdrew inspection \(id): \(reason)")
    case .scannedIn(let id, _, let place, let officers, let verification):
      let ok = verification == .verified
      return LocalizedText(
        zh: "检查 \(id) 扫码入企（\(place)，\(officers.count) 名执法人员，\(ok ? "核验通过" : "核验未通过")）",
        en: "Scanned in for inspection \(id) (\(place), \(officers.count) officers,"
          + " \(ok ? "verified" : "verification failed"))")
    case .resultRecorded(let id, let outcome, _, let problems):
      return LocalizedText(
        zh: "记录检查 \(id) 结果：\(outcome.title.zh)"
          + (problems.isEmpty ? "" : "（体检单 \(problems.count) 项）"),
        en: "Recorded the result of inspection \(id): \(outcome.title.en)"
          + (problems.isEmpty ? "" : " (health-check form, \(problems.count) problems)"))
    case .healthCheckProblemVerified(let id, let index, let isFixed, let day, _):
      return LocalizedText(
        zh: "核验检查 \(id) 体检单第 \(index + 1) 项：\(isFixed ? "已整改" : "未整改")（\(day)）",
        en: "Verified problem \(index + 1) of inspection \(id)'s health-check form:"
          + " \(isFixed ? "fixed" : "not fixed") (\(day))")
    case .evaluated(let id, let evaluation):
      return LocalizedText(
        zh: "企业评价检查 \(id)：\(evaluation.title.zh)",
        en: "The enterprise rated inspection \(id): \(evaluation.title.en)")
    case .filed(let id):
      return LocalizedText(zh: "检查 \(id) 立卷归档", en: "Filed inspection \(id)")
    case .supervisorInvited(let id, let supervisor):
      return LocalizedText(
        zh: "邀请社会监督员 \(supervisor) 参加检查 \(id)",
        en: "Invited social supervisor \(supervisor) to inspection \(id)")
    case .supervisorParticipationRecorded(let id, let supervisor, let participated, _):
      return LocalizedText(
        zh: "社会监督员 \(supervisor) \(participated ? "参加了" : "未参加")检查 \(id)",
        en: "Social supervisor \(supervisor) \(participated ? "took part in" : "missed")"
          + " inspection \(id)")
    case .caseOpened(let id, let caseID):
      return LocalizedText(
        zh: "由检查 \(id) 立案 \(caseID)", en: "Opened case \(caseID) from inspection \(id)")
    }
  }
}
