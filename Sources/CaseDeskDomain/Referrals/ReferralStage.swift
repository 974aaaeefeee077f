/// Where a referral stands, from draft to closed.
public enum ReferralStage: String, Hashable, Sendable, CaseIterable {
  /// Drafted with its ground; documents are being ticked.
  case drafted
  /// Approved by the department head.
  case approved
  /// Handed over to public security.
  case handedOver
  /// The police acknowledged receipt.
  case received
  /// The police asked for more material; the bureau must supply it within 3 days.
  case materialRequested
  /// The police decided (filed, not filed, detention decided, refused).
  case policeDecided
  /// The bureau asked the police to reconsider a refusal.
  case reconsiderationRequested
  /// The police answered the reconsideration.
  case reconsidered
  /// The bureau asked the procuratorate to supervise (立案监督).
  case supervisionRequested
  /// Closed.
  case closed
  /// Cancelled before hand-over.
  case cancelled

  /// The stage's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .drafted: return LocalizedText(zh: "起草", en: "drafted")
    case .approved: return LocalizedText(zh: "已审批", en: "approved")
    case .handedOver: return LocalizedText(zh: "已移送", en: "handed over")
    case .received: return LocalizedText(zh: "公安已接收", en: "received by police")
    case .materialRequested: return LocalizedText(zh: "补充材料中", en: "material requested")
    case .policeDecided: return LocalizedText(zh: "公安已决定", en: "police decided")
    case .reconsiderationRequested:
      return LocalizedText(zh: "已提请复议", en: "reconsideration requested")
    case .reconsidered: return LocalizedText(zh: "复议已答复", en: "reconsidered")
    case .supervisionRequested:
      return LocalizedText(zh: "已建议检察监督", en: "procuratorate supervision requested")
    case .closed: return LocalizedText(zh: "已结束", en: "closed")
    case .cancelled: return LocalizedText(zh: "已撤回", en: "cancelled")
    }
  }
}
