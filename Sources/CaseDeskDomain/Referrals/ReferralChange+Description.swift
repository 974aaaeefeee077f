extension ReferralChange {
  /// The records the change touches.
  public var affectedRecords: [RecordRef] {
    switch self {
    case .referralDrafted(let id, let draft, let enterprise):
      return [.referral(id), .enforcementCase(draft.caseID), .enterprise(enterprise)]
    default: return [.referral(referralID)]
    }
  }

  /// A one-line account of the change, in both languages.
  public var summary: LocalizedText {
    switch self {
    case .referralDrafted(let id, let draft, _):
      return LocalizedText(
        zh: "起草\(draft.ground.kind.title.zh) \(id)",
        en: "Drafted referral \(id) (\(draft.ground.kind.title.en))")
    case .documentTicked(_, let document, let number):
      return LocalizedText(
        zh: "材料：\(document.title.zh) \(number)", en: "Document: \(document.title.en) \(number)")
    case .documentUnticked(_, let document):
      return LocalizedText(
        zh: "撤下材料：\(document.title.zh)", en: "Document removed: \(document.title.en)")
    case .referralApproved: return LocalizedText(zh: "负责人批准移送", en: "Referral approved")
    case .handedOver(_, let unit, _, _):
      return LocalizedText(zh: "移送\(unit)", en: "Handed over to \(unit)")
    case .receiptRecorded(_, _, let number):
      return LocalizedText(zh: "公安回执 \(number)", en: "Police receipt \(number)")
    case .materialRequested(_, _, let items):
      return LocalizedText(zh: "公安要求补充：\(items)", en: "Police asked for: \(items)")
    case .materialSupplied: return LocalizedText(zh: "补充材料已送", en: "Material supplied")
    case .policeDecisionRecorded(_, let decision, let day):
      return LocalizedText(
        zh: "公安决定：\(decision.title.zh)（\(day)）",
        en: "Police decision: \(decision.title.en) (\(day))")
    case .refusalReasonsRecorded:
      return LocalizedText(zh: "收到不予拘留理由", en: "Refusal reasons received")
    case .reconsiderationRequested:
      return LocalizedText(zh: "提请复议", en: "Reconsideration requested")
    case .reconsiderationAnswered(_, let answer):
      switch answer {
      case .upheld: return LocalizedText(zh: "复议维持", en: "Reconsideration: refusal upheld")
      case .reversed(let decision):
        return LocalizedText(
          zh: "复议改变：\(decision.title.zh)", en: "Reconsideration reversed: \(decision.title.en)")
      }
    case .supervisionRequested:
      return LocalizedText(zh: "建议检察院立案监督", en: "Procuratorate supervision requested")
    case .referralClosed: return LocalizedText(zh: "移送结束", en: "Referral closed")
    case .referralCancelled(_, let reason):
      return LocalizedText(zh: "撤回移送：\(reason)", en: "Referral cancelled: \(reason)")
    }
  }
}
