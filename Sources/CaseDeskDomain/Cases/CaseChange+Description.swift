extension CaseChange {
  /// The records the change touches (the case, and the enterprise it concerns when opened).
  public var affectedRecords: [RecordRef] {
    switch self {
    case .caseOpened(let id, let opening):
      var refs: [RecordRef] = [.enforcementCase(id), .enterprise(opening.enterprise)]
      switch opening.source {
      case .clue(let clue): refs.append(.clue(clue))
      case .inspection(let inspection): refs.append(.inspection(inspection))
      case .other: break
      }
      return refs
    case .decisionMade(let id, _, _, _, let referral?):
      return [.enforcementCase(id), .referral(referral)]
    case .supervisorInvited(let id, let supervisor),
      .supervisorOpinionAdded(let id, let supervisor, _):
      return [.enforcementCase(id), .supervisor(supervisor)]
    default:
      return [.enforcementCase(caseID)]
    }
  }

  /// A one-line account of the change, in both languages.
  public var summary: LocalizedText {
    switch self {
    case .caseOpened(_, let opening):
      return LocalizedText(
        zh: "登记案件：\(opening.violation)", en: "Case opened: \(opening.violation)")
    case .caseFiled(_, let number, _):
      return LocalizedText(zh: "立案 \(number)", en: "Filed as \(number)")
    case .filingWithdrawn(_, let reason):
      return LocalizedText(zh: "撤销立案：\(reason)", en: "Filing withdrawn: \(reason)")
    case .investigationStarted(_, let officers):
      let names = officers.map(\.raw).joined(separator: ", ")
      return LocalizedText(zh: "开始调查（\(names)）", en: "Investigation started (\(names))")
    case .evidenceRecorded(_, let evidence):
      return LocalizedText(
        zh: "调查取证：\(evidence.kind.title.zh) \(evidence.documentNumber)",
        en: "Evidence: \(evidence.kind.title.en) \(evidence.documentNumber)")
    case .evidencePreserved(_, let items):
      return LocalizedText(zh: "先行登记保存：\(items)", en: "Evidence preserved: \(items)")
    case .preservationDecided(_, _, let outcome, _):
      return LocalizedText(
        zh: "登记保存处理决定：\(outcome.rawValue)", en: "Preservation decided: \(outcome.rawValue)")
    case .noCoercionApplied(_, let item, _):
      return LocalizedText(zh: "免予行政强制措施（\(item)）", en: "No coercive measure (\(item))")
    case .investigationReported:
      return LocalizedText(zh: "调查终结报告", en: "Investigation reported")
    case .caseReviewed(_, let outcome):
      return outcome.isPassed
        ? LocalizedText(zh: "案件审查通过", en: "Case review passed")
        : LocalizedText(zh: "案件审查退回：\(outcome.text)", en: "Case review sent back: \(outcome.text)")
    case .flagsSet(_, let flags):
      return LocalizedText(
        zh: "标记：重大公共利益=\(flags.majorPublicInterest ? "是" : "否")，复杂=\(flags.complex ? "是" : "否")",
        en: "Flags: major=\(flags.majorPublicInterest), complex=\(flags.complex)")
    case .priorNoticeGiven(_, let notice):
      return LocalizedText(
        zh: "事先告知 \(notice.documentNumber)", en: "Prior notice \(notice.documentNumber)")
    case .statementRecorded(_, _, let waives):
      return waives
        ? LocalizedText(zh: "陈述申辩（放弃听证）", en: "Statement (hearing waived)")
        : LocalizedText(zh: "陈述申辩", en: "Statement recorded")
    case .hearingRequested(_, let day):
      return LocalizedText(zh: "申请听证（\(day)）", en: "Hearing requested (\(day))")
    case .hearingScheduled(_, let day, _):
      return LocalizedText(zh: "安排听证于 \(day)", en: "Hearing scheduled for \(day)")
    case .hearingHeld(_, let day, _):
      return LocalizedText(zh: "举行听证（\(day)）", en: "Hearing held (\(day))")
    case .legalReviewRecorded(_, _, let outcome):
      return outcome.isPassed
        ? LocalizedText(zh: "法制审核通过", en: "Legal review passed")
        : LocalizedText(zh: "法制审核退回：\(outcome.text)", en: "Legal review sent back: \(outcome.text)")
    case .collectiveDiscussionRecorded(_, let day, _, _):
      return LocalizedText(zh: "集体讨论（\(day)）", en: "Collective discussion (\(day))")
    case .extensionGranted(_, let days, _, _):
      return LocalizedText(zh: "延期 \(days) 日", en: "Extended by \(days) days")
    case .clockPaused(_, let kind, _, let day):
      return LocalizedText(
        zh: "\(kind.title.zh)（自 \(day)）", en: "\(kind.title.en) from \(day)")
    case .clockResumed(_, let day):
      return LocalizedText(zh: "恢复计算期限（\(day)）", en: "Clock resumed (\(day))")
    case .decisionMade(_, let decision, let number, _, _):
      return LocalizedText(
        zh: "决定：\(decision.kind.title.zh) \(number)",
        en: "Decision: \(decision.kind.title.en) \(number)")
    case .decisionServed(_, let day, let way):
      return LocalizedText(
        zh: "送达（\(day)，\(way.title.zh)）", en: "Served on \(day) (\(way.title.en))")
    case .paymentRecorded(_, let amount, let day, _):
      return LocalizedText(zh: "缴款 \(amount) 分（\(day)）", en: "Payment of \(amount) fen (\(day))")
    case .instalmentsApproved(_, let plan):
      return LocalizedText(zh: "批准分期 \(plan.count) 期", en: "Instalments approved (\(plan.count))")
    case .enforcementRecorded(_, let action):
      switch action {
      case .demand(let number, _):
        return LocalizedText(zh: "催告 \(number)", en: "Demand \(number)")
      case .courtApplication(let court, _):
        return LocalizedText(zh: "申请\(court)强制执行", en: "Court application to \(court)")
      }
    case .recheckRecorded(_, let day, let held, _):
      return LocalizedText(
        zh: "复查（\(day)）：\(held ? "整改保持" : "未保持")",
        en: "Re-check (\(day)): \(held ? "correction held" : "not held")")
    case .caseClosed: return LocalizedText(zh: "结案", en: "Case closed")
    case .caseArchived: return LocalizedText(zh: "归档", en: "Case archived")
    case .supervisorInvited(_, let supervisor):
      return LocalizedText(zh: "邀请监督员 \(supervisor)", en: "Supervisor \(supervisor) invited")
    case .supervisorOpinionAdded(_, let supervisor, _):
      return LocalizedText(zh: "监督员 \(supervisor) 意见", en: "Opinion of \(supervisor)")
    }
  }
}
