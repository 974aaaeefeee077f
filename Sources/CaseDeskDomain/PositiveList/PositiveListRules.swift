/// The rules of the positive list (监督执法正面清单): who may do what, and how each fact
/// changes the state.
///
/// Clerks admit and review; when `positiveListAdmissionNeedsApproval` is set an approver other
/// than the proposer approves or rejects; clerks and approvers suspend, restore and remove.
/// Admission checks every criterion (`PositiveListEntry.assess`): an unmet criterion refuses it,
/// an unknown one needs the clerk's explicit confirmation, which is recorded.
enum PositiveListRules {
  static let keepers: Set<StaffRole> = [.clerk]
  static let deciders: Set<StaffRole> = [.clerk, .approver]

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: PositiveListCommand, by actor: ActorContext, at time: Timestamp,
    in state: DomainState
  ) throws(Refusal) -> [Change] {
    let today = time.day(utcOffset: state.settings.utcOffset)
    switch command {
    case .admit(let request):
      let problems = requestProblems(request, field: "", today: today)
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(keepers, for: LocalizedText(zh: "纳入正面清单", en: "Admit to the list"))
      return [try admission(request, today: today, in: state)]
    case .admitSeveral(let requests):
      var problems: [ValidationProblem] = []
      if requests.isEmpty {
        problems.append(
          ValidationProblem(field: "requests", zh: "未选择企业", en: "No enterprise was chosen"))
      }
      var seen: Set<EnterpriseID> = []
      for (index, request) in requests.enumerated() {
        problems += requestProblems(request, field: "requests[\(index)].", today: today)
        if !seen.insert(request.enterprise).inserted {
          problems.append(
            ValidationProblem(
              field: "requests[\(index)].enterprise", zh: "企业 \(request.enterprise) 重复",
              en: "Enterprise \(request.enterprise) appears twice"))
        }
      }
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(
        keepers, for: LocalizedText(zh: "批量纳入正面清单", en: "Admit several to the list"))
      var changes: [Change] = []
      var refused: [ValidationProblem] = []
      for (index, request) in requests.enumerated() {
        do {
          changes.append(try admission(request, today: today, in: state))
        } catch {
          refused.append(
            ValidationProblem(
              field: "requests[\(index)]",
              zh: "\(request.enterprise)：\(error.message.zh)",
              en: "\(request.enterprise): \(error.message.en)"))
        }
      }
      guard refused.isEmpty else {
        throw Refusal(
          .ruleViolated,
          LocalizedText(
            zh: "\(refused.count) 家企业不能纳入，整批未办理："
              + refused.map(\.message.zh).joined(separator: "；"),
            en: "\(refused.count) enterprise(s) cannot be admitted, so none was: "
              + refused.map(\.message.en).joined(separator: "; ")),
          problems: refused)
      }
      return changes
    case .approveAdmission(let id, let note):
      try actor.require([.approver], for: LocalizedText(zh: "审批纳入", en: "Approve an admission"))
      let entry = try existing(id, in: state)
      guard entry.status == .candidate, let pending = entry.pendingAdmission else {
        throw Refusal.rule(
          zh: "该企业没有待审批的纳入申请", en: "This enterprise has no admission awaiting approval")
      }
      if let own = actor.staffID, case .staff(own) = pending.proposedBy {
        throw Refusal.rule(
          zh: "提出纳入的人不能自己审批（审批分离）",
          en: "The proposer cannot approve their own proposal (separation of duties)")
      }
      let enterprise = try EnterpriseRules.existing(id, in: state)
      let assessment = PositiveListEntry.assess(
        enterprise, facts: state.enforcementFacts(of: id, adding: pending.assessment.facts),
        on: today)
      try checkStillAdmissible(assessment, proposed: pending.assessment)
      var confirmed = assessment
      confirmed.unknownsConfirmed = !assessment.unknown.isEmpty
      return [
        .positiveList(
          .admissionApproved(id, confirmed, on: today, note: note.trimmingSpaces))
      ]
    case .rejectAdmission(let id, let reason):
      let text = reason.trimmingSpaces
      guard !text.isEmpty else {
        throw Refusal.invalid([
          RegisterSupport.required("reason", zh: "不予纳入的理由", en: "The reason for rejecting")
        ])
      }
      try actor.require([.approver], for: LocalizedText(zh: "驳回纳入", en: "Reject an admission"))
      let entry = try existing(id, in: state)
      guard entry.status == .candidate else {
        throw Refusal.rule(
          zh: "该企业没有待审批的纳入申请", en: "This enterprise has no admission awaiting approval")
      }
      return [.positiveList(.admissionRejected(id, on: today, reason: text))]
    case .suspend(let id, let raw):
      let reason = try validatedReason(raw, textRequired: false)
      try actor.require(deciders, for: LocalizedText(zh: "暂停正面清单资格", en: "Suspend an entry"))
      let entry = try existing(id, in: state)
      guard entry.status == .listed else {
        throw Refusal.rule(
          zh: "只有在册企业可以暂停（现为\(statusTitle(entry.status).zh)）",
          en: "Only a listed entry can be suspended (it is \(statusTitle(entry.status).en))")
      }
      return [.positiveList(.suspended(id, reason, on: today))]
    case .restore(let id, let note, let nextReview):
      var problems: [ValidationProblem] = []
      let text = note.trimmingSpaces
      if text.isEmpty {
        problems.append(
          RegisterSupport.required("note", zh: "恢复理由", en: "The reason for restoring"))
      }
      if let nextReview, nextReview <= today {
        problems.append(reviewProblem("nextReviewOn", today: today))
      }
      guard problems.isEmpty else { throw Refusal.invalid(problems) }
      try actor.require(deciders, for: LocalizedText(zh: "恢复正面清单资格", en: "Restore an entry"))
      let entry = try existing(id, in: state)
      guard entry.status == .suspended else {
        throw Refusal.rule(
          zh: "只有暂停中的企业可以恢复", en: "Only a suspended entry can be restored")
      }
      return [.positiveList(.restored(id, on: today, note: text, nextReviewOn: nextReview))]
    case .remove(let id, let raw):
      let reason = try validatedReason(raw, textRequired: true)
      try actor.require(deciders, for: LocalizedText(zh: "移出正面清单", en: "Remove an entry"))
      let entry = try existing(id, in: state)
      guard entry.status == .listed || entry.status == .suspended else {
        throw Refusal.rule(
          zh: "只有在册或暂停中的企业可以移出", en: "Only a listed or suspended entry can be removed")
      }
      return [.positiveList(.removed(id, reason, on: today))]
    case .recordReview(let id, let nextReview, let note):
      guard nextReview > today else {
        throw Refusal.invalid([reviewProblem("nextReviewOn", today: today)])
      }
      try actor.require(keepers, for: LocalizedText(zh: "登记定期复核", en: "Record a review"))
      let entry = try existing(id, in: state)
      guard entry.status == .listed || entry.status == .suspended else {
        throw Refusal.rule(
          zh: "只有在册或暂停中的企业需要复核", en: "Only a listed or suspended entry is reviewed")
      }
      return [
        .positiveList(
          .reviewed(
            id, on: today, nextReviewOn: nextReview, note: note.trimmingSpaces))
      ]
    }
  }

  // MARK: - Admission

  /// The change admitting one enterprise, or why not (roles already checked).
  static func admission(_ request: AdmissionRequest, today: Day, in state: DomainState)
    throws(Refusal) -> Change
  {
    let enterprise = try EnterpriseRules.existing(request.enterprise, in: state)
    let current = state.positiveList[request.enterprise]?.status ?? .notListed
    switch current {
    case .notListed, .removed: break
    case .candidate:
      throw Refusal.rule(
        zh: "该企业的纳入申请正在等待审批", en: "An admission of this enterprise awaits approval")
    case .listed:
      throw Refusal.rule(zh: "该企业已在正面清单中", en: "The enterprise is already listed")
    case .suspended:
      throw Refusal.rule(
        zh: "该企业处于暂停状态，应办理恢复而非重新纳入",
        en: "The entry is suspended: restore it instead of admitting it again")
    }
    var assessment = PositiveListEntry.assess(
      enterprise, facts: state.enforcementFacts(of: request.enterprise, adding: request.facts),
      on: today)
    let unmet = assessment.checks.filter { $0.finding == .notMet }
    guard unmet.isEmpty else {
      throw Refusal.rule(
        zh: "不符合纳入条件："
          + unmet.map { "\($0.criterion.title.zh)（\($0.evidence.zh)）" }
          .joined(separator: "；"),
        en: "Admission criteria not met: "
          + unmet.map { "\($0.criterion.title.en) (\($0.evidence.en))" }.joined(separator: "; "))
    }
    let unknown = assessment.unknown
    if !unknown.isEmpty {
      guard request.confirmUnknowns else {
        throw Refusal.rule(
          zh: "以下条件情况不明，需明确确认后才能纳入："
            + unknown.map(\.title.zh).joined(separator: "、"),
          en: "These criteria are unknown and need explicit confirmation: "
            + unknown.map(\.title.en).joined(separator: ", "))
      }
      assessment.unknownsConfirmed = true
    }
    let next = request.nextReviewOn ?? RegisterSupport.yearsAfter(today, years: 1)
    let note = request.note.trimmingSpaces
    if state.settings.positiveListAdmissionNeedsApproval {
      return .positiveList(
        .admissionProposed(
          request.enterprise, assessment, on: today, nextReviewOn: next, note: note))
    }
    return .positiveList(
      .admitted(request.enterprise, assessment, on: today, nextReviewOn: next, note: note))
  }

  /// Refuses approval when the enterprise's record changed so that a criterion is no longer
  /// met, or one became unknown that the proposal did not confirm.
  static func checkStillAdmissible(
    _ assessment: PositiveListEntry.Assessment, proposed: PositiveListEntry.Assessment
  ) throws(Refusal) {
    let unmet = assessment.unmet
    let newlyUnknown = assessment.unknown.filter {
      !(proposed.unknownsConfirmed && proposed.unknown.contains($0))
    }
    guard unmet.isEmpty, newlyUnknown.isEmpty else {
      let names = (unmet + newlyUnknown)
      throw Refusal.rule(
        zh: "提出后情况有变，以下条件不再满足或不明：" + names.map(\.title.zh).joined(separator: "、")
          + "；请驳回后重新提出",
        en: "Since the proposal these criteria are no longer met or known: "
          + names.map(\.title.en).joined(separator: ", ") + "; reject it and propose again")
    }
  }

  // MARK: - Validation

  static func requestProblems(_ request: AdmissionRequest, field prefix: String, today: Day)
    -> [ValidationProblem]
  {
    var problems: [ValidationProblem] = []
    if let next = request.nextReviewOn, next <= today {
      problems.append(reviewProblem(prefix + "nextReviewOn", today: today))
    }
    let lists: [(String, [PositiveListEntry.PriorRecord]?)] = [
      ("facts.penalties", request.facts.penalties),
      ("facts.crimeRecords", request.facts.crimeRecords),
    ]
    for (name, records) in lists {
      for (index, record) in (records ?? []).enumerated() {
        let field = "\(prefix)\(name)[\(index)]"
        if record.reference.trimmingSpaces.isEmpty {
          problems.append(
            RegisterSupport.required(field + ".reference", zh: "文书编号", en: "The reference"))
        }
        if record.day > today {
          problems.append(
            RegisterSupport.future(field + ".day", zh: "记录日期", en: "The record's day", today: today)
          )
        }
      }
    }
    return problems
  }

  static func validatedReason(_ raw: PositiveListEntry.Reason, textRequired: Bool)
    throws(Refusal) -> PositiveListEntry.Reason
  {
    var problems: [ValidationProblem] = []
    let caseNumber = RegisterSupport.nonEmpty(raw.caseNumber)
    if raw.kind == .violation, caseNumber == nil {
      problems.append(
        ValidationProblem(
          field: "reason.caseNumber", zh: "以违法行为为由须填写案件编号",
          en: "A violation needs its case number"))
    }
    let text = raw.text.trimmingSpaces
    if textRequired, text.isEmpty {
      problems.append(
        ValidationProblem(
          field: "reason.text", zh: "移出正面清单须写明理由", en: "A removal needs a stated reason"))
    }
    guard problems.isEmpty else { throw Refusal.invalid(problems) }
    return PositiveListEntry.Reason(kind: raw.kind, caseNumber: caseNumber, text: text)
  }

  static func reviewProblem(_ field: String, today: Day) -> ValidationProblem {
    ValidationProblem(
      field: field, zh: "下次复核日期应晚于今天（\(today)）",
      en: "The next review must be after today (\(today))")
  }

  static func existing(_ id: EnterpriseID, in state: DomainState) throws(Refusal)
    -> PositiveListEntry
  {
    guard let entry = state.positiveList[id] else {
      throw Refusal.notFound(LocalizedText(zh: "正面清单条目", en: "positive-list entry"), id.raw)
    }
    return entry
  }

  /// A status's name in both languages.
  static func statusTitle(_ status: PositiveListStatus) -> LocalizedText {
    switch status {
    case .notListed: return LocalizedText(zh: "未列入", en: "not listed")
    case .candidate: return LocalizedText(zh: "待审批", en: "awaiting approval")
    case .listed: return LocalizedText(zh: "在册", en: "listed")
    case .suspended: return LocalizedText(zh: "暂停", en: "suspended")
    case .removed: return LocalizedText(zh: "已移出", en: "removed")
    }
  }
}
