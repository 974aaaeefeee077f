extension CaseRules {
  /// Registers a case (案源登记).
  static func open(_ opening: CaseOpening, _ context: Context) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(opening.violation, "violation", zh: "违法行为", en: "The violation")
    problems.requireText(opening.legalBasis, "legalBasis", zh: "涉嫌违反的条款", en: "The legal basis")
    problems.requireNotFuture(
      opening.conductOn, today: context.today, "conductOn", zh: "违法行为日期",
      en: "The conduct date")
    if case .other(let text) = opening.source {
      problems.requireText(text, "source", zh: "案件来源", en: "The source")
    }
    try problems.throwIfAny()
    try context.actor.require([.officer], for: LocalizedText(zh: "登记案件", en: "Open a case"))
    let state = context.state
    guard state.enterprises[opening.enterprise] != nil else {
      throw Refusal.notFound(LocalizedText(zh: "企业", en: "enterprise"), opening.enterprise.raw)
    }
    let id = nextCaseID(in: state, at: context.time)
    var changes: [Change] = [.enforcementCase(.caseOpened(id, opening))]
    switch opening.source {
    case .clue(let clue):
      guard let record = state.clues[clue] else {
        throw Refusal.notFound(LocalizedText(zh: "线索", en: "clue"), clue.raw)
      }
      guard record.canConvertToCase else {
        throw Refusal.rule(
          zh: "线索 \(clue.raw) 已处理，不能再立案查处",
          en: "Clue \(clue.raw) is already disposed of: no case can be opened on it")
      }
      changes.append(.clue(.convertedToCase(clue, id)))
    case .inspection(let inspection):
      guard let record = state.inspections[inspection] else {
        throw Refusal.notFound(LocalizedText(zh: "检查", en: "inspection"), inspection.raw)
      }
      guard record.acceptsCaseOpening, !record.cases.contains(id) else {
        throw Refusal.rule(
          zh: "检查 \(inspection.raw) 未经批准或已撤回，不能据此立案",
          en: "Inspection \(inspection.raw) is not approved (or withdrawn): no case from it")
      }
      changes.append(.inspection(.caseOpened(inspection, id)))
    case .other: break
    }
    return changes
  }

  /// `CASE-YYYY-NNNN` for the local year of `time`.
  static func nextCaseID(in state: DomainState, at time: Timestamp) -> CaseID {
    CaseID(state.nextRecordID(prefix: "CASE", at: time))
  }

  /// Approves filing (立案) with the four conditions and assigns the case number.
  static func file(_ record: EnforcementCase, _ conditions: FilingConditions, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    let checks: [(Bool, String, String, String)] = [
      (
        conditions.suspectedViolation, "filing.suspectedViolation", "有涉嫌违法事实",
        "a suspected violation"
      ),
      (
        conditions.penaltyPossible, "filing.penaltyPossible", "依法应予处罚", "a penalty the law provides"
      ),
      (conditions.withinJurisdiction, "filing.withinJurisdiction", "属于本机关管辖", "our jurisdiction"),
      (conditions.notTimeBarred, "filing.notTimeBarred", "未超过追责时效", "not time-barred"),
    ]
    for (met, field, zh, en) in checks where !met {
      problems.add(field, zh: "立案条件未确认：\(zh)", en: "Filing condition not confirmed: \(en)")
    }
    problems.requireText(conditions.opinion, "filing.opinion", zh: "立案意见", en: "The filing opinion")
    try problems.throwIfAny()
    try context.actor.require([.approver], for: LocalizedText(zh: "批准立案", en: "Approve filing"))
    let state = context.state
    let prefix = state.settings.caseNumberPrefix
    let year = context.today.year
    let last =
      state.cases.values.compactMap(\.number)
      .filter { $0.year == year && $0.prefix == prefix }.map(\.sequence).max() ?? 0
    guard let number = CaseNumber(prefix: prefix, year: year, sequence: last + 1) else {
      throw Refusal.rule(
        zh: "案件编号前缀“\(prefix)”无效，请先在设置中更正",
        en: "The case-number prefix “\(prefix)” is invalid; correct it in the settings first")
    }
    let change = CaseChange.caseFiled(record.id, number, conditions)
    try requireStage(change, record)
    let lastDay = FilingConditions.lastFilingDay(conductOn: record.conductOn)
    if context.today > lastDay {
      throw Refusal.rule(
        zh: "违法行为发生于 \(record.conductOn)，已超过两年追责时效（至 \(lastDay)），不能立案"
          + "（行政处罚法第三十六条）",
        en: "The conduct of \(record.conductOn) is time-barred since \(lastDay) (2 years,"
          + " Administrative Penalty Law art. 36): cannot file")
    }
    return [.enforcementCase(change)]
  }

  /// Withdraws the filing (撤销立案).
  static func withdraw(_ record: EnforcementCase, _ reason: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(reason, "withdrawal.reason", zh: "撤销理由", en: "The reason")
    try problems.throwIfAny()
    try context.actor.require(
      [.approver], for: LocalizedText(zh: "撤销立案", en: "Withdraw the filing"))
    let change = CaseChange.filingWithdrawn(record.id, reason: reason)
    try requireStage(change, record)
    if let open = context.state.referrals.values.first(where: {
      $0.caseID == record.id && $0.isOpen
    }) {
      throw Refusal.rule(
        zh: "移送 \(open.id) 尚未结束，不能撤销立案（罚款与移送不能相互替代）",
        en: "Referral \(open.id) is still open: cannot withdraw the filing")
    }
    return [.enforcementCase(change)]
  }

  /// Starts the investigation with two or more certified officers.
  static func startInvestigation(
    _ record: EnforcementCase, _ officers: [StaffID], _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    if Set(officers).count < 2 || Set(officers).count != officers.count {
      problems.add(
        "investigation.officers", zh: "调查取证须由两名以上不同的执法人员进行",
        en: "Investigation needs two or more different officers")
    }
    for (index, id) in officers.enumerated() {
      let field = "investigation.officers[\(index)]"
      guard let member = context.state.staff[id] else {
        problems.add(field, zh: "员工名单中没有 \(id.raw)", en: "\(id.raw) is not on the staff list")
        continue
      }
      if !member.isActive {
        problems.add(field, zh: "\(member.name) 已停用", en: "\(member.name) is inactive")
      }
      if !member.roles.contains(.officer) {
        problems.add(field, zh: "\(member.name) 不是执法人员", en: "\(member.name) is not an officer")
      }
      if (member.certificateNumber ?? "").allSatisfy(\.isWhitespace) {
        problems.add(
          field, zh: "\(member.name) 没有执法证号", en: "\(member.name) has no certificate number")
      }
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "开始调查取证", en: "Start the investigation"))
    let change = CaseChange.investigationStarted(record.id, officers: officers)
    try requireStage(change, record)
    try requireNotSuspended(record)
    return [.enforcementCase(change)]
  }

  /// Adds an investigation record.
  static func recordEvidence(
    _ record: EnforcementCase, _ evidence: EvidenceRecord, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(
      evidence.documentNumber, "evidence.documentNumber", zh: "文书编号", en: "The document number")
    problems.requireText(evidence.summary, "evidence.summary", zh: "内容摘要", en: "The summary")
    problems.requireNotFuture(
      evidence.madeOn, today: context.today, "evidence.madeOn", zh: "制作日期", en: "The date")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "记录调查取证", en: "Record investigation evidence"))
    let change = CaseChange.evidenceRecorded(record.id, evidence)
    try requireStage(change, record)
    try requireNotSuspended(record)
    try requireInvestigator(record, context)
    return [.enforcementCase(change)]
  }

  /// Registers and preserves evidence.
  static func preserve(_ record: EnforcementCase, _ items: String, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    problems.requireText(items, "preservation.items", zh: "登记保存物品", en: "The list of items")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "先行登记保存", en: "Preserve evidence"))
    let change = CaseChange.evidencePreserved(record.id, items: items)
    try requireStage(change, record)
    try requireNotSuspended(record)
    try requireInvestigator(record, context)
    return [.enforcementCase(change)]
  }

  /// Decides about preserved evidence.
  static func decidePreservation(
    _ record: EnforcementCase, _ index: Int, _ outcome: PreservationOutcome, _ note: String,
    _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    if !record.preservations.indices.contains(index) {
      problems.add(
        "preservation.index", zh: "没有第 \(index + 1) 项登记保存",
        en: "There is no preservation number \(index + 1)")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "作出登记保存处理决定", en: "Decide on preserved evidence"))
    let change = CaseChange.preservationDecided(
      record.id, index: index, outcome: outcome, note: note)
    try requireStage(change, record)
    if record.preservations[index].outcome != nil {
      throw Refusal.rule(
        zh: "该登记保存已作出处理决定", en: "This preservation has already been decided")
    }
    return [.enforcementCase(change)]
  }

  /// Records that no coercive measure is used, under a list item.
  static func applyNoCoercion(
    _ record: EnforcementCase, _ item: String, _ reason: String, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    if item.allSatisfy(\.isWhitespace) {
      problems.requireText(item, "noCoercion.listItem", zh: "清单事项", en: "The list item")
    } else if LeniencyCatalog.standard.item(item, on: .noCoerciveMeasures) == nil {
      problems.add(
        "noCoercion.listItem", zh: "“\(item)”不是免予行政强制措施清单的事项",
        en: "“\(item)” is not an item of the no-coercive-measures list")
    }
    problems.requireText(reason, "noCoercion.reason", zh: "理由", en: "The reason")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "免予行政强制措施", en: "Apply no coercive measure"))
    let change = CaseChange.noCoercionApplied(record.id, listItem: item, reason: reason)
    try requireStage(change, record)
    try requireInvestigator(record, context)
    return [.enforcementCase(change)]
  }

  /// Submits the investigation report.
  static func submitReport(
    _ record: EnforcementCase, _ report: InvestigationReport, _ context: Context
  ) throws(Refusal) -> [Change] {
    var problems = ProblemCollector()
    problems.requireText(report.facts, "report.facts", zh: "违法事实", en: "The facts")
    problems.requireText(report.evidence, "report.evidence", zh: "证据", en: "The evidence")
    problems.requireText(
      report.proposedOutcome, "report.proposedOutcome", zh: "处理建议", en: "The proposed outcome")
    try problems.throwIfAny()
    try context.actor.require(
      [.officer], for: LocalizedText(zh: "提交调查终结报告", en: "Submit the investigation report"))
    let change = CaseChange.investigationReported(record.id, report)
    try requireStage(change, record)
    try requireNotSuspended(record)
    try requireInvestigator(record, context)
    if record.evidence.isEmpty {
      throw Refusal.rule(
        zh: "尚无任何调查取证记录，不能调查终结", en: "No investigation record yet: cannot report")
    }
    if record.preservations.contains(where: { $0.outcome == nil }) {
      throw Refusal.rule(
        zh: "先行登记保存的证据尚未作出处理决定",
        en: "Preserved evidence is still waiting for its decision")
    }
    return [.enforcementCase(change)]
  }

  /// Reviews the case as the separate unit.
  static func review(_ record: EnforcementCase, _ outcome: ReviewOutcome, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    if outcome.isPassed {
      problems.requireText(outcome.text, "review.opinion", zh: "审查意见", en: "The opinion")
    } else {
      problems.requireText(outcome.text, "review.reasons", zh: "退回理由", en: "The reason")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.legalReviewer], for: LocalizedText(zh: "案件审查", en: "Review the case"))
    let change = CaseChange.caseReviewed(record.id, outcome)
    try requireStage(change, record)
    try requireNotSuspended(record)
    try requireSeparateFromInvestigation(
      record, context, what: LocalizedText(zh: "案件审查", en: "case review"))
    return [.enforcementCase(change)]
  }

  /// Sets the flags that require a legal review and a collective discussion.
  static func setFlags(_ record: EnforcementCase, _ flags: CaseFlags, _ context: Context)
    throws(Refusal) -> [Change]
  {
    var problems = ProblemCollector()
    if flags.majorPublicInterest || flags.complex {
      problems.requireText(flags.note, "flags.note", zh: "认定理由", en: "The reason for the flags")
    }
    try problems.throwIfAny()
    try context.actor.require(
      [.officer, .legalReviewer, .approver],
      for: LocalizedText(zh: "标记重大复杂案件", en: "Flag the case"))
    let change = CaseChange.flagsSet(record.id, flags)
    try requireStage(change, record)
    let clears =
      (record.flags.majorPublicInterest && !flags.majorPublicInterest)
      || (record.flags.complex && !flags.complex)
    if clears && !context.actor.roles.contains(.approver) {
      throw Refusal.rule(
        zh: "取消重大或复杂标记须经分管领导", en: "Only an approver may clear a major or complex flag")
    }
    return [.enforcementCase(change)]
  }
}
