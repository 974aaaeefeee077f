/// The facts recorded about referrals to public security.
public enum ReferralChange: Equatable, Sendable {
  case referralDrafted(ReferralID, ReferralDraft, enterprise: EnterpriseID)
  case documentTicked(ReferralID, ReferralDocument, documentNumber: String)
  case documentUnticked(ReferralID, ReferralDocument)
  case referralApproved(ReferralID)
  case handedOver(ReferralID, policeUnit: String, at: Timestamp, procuratorateCopy: String)
  case receiptRecorded(ReferralID, at: Timestamp, receiptNumber: String)
  case materialRequested(ReferralID, at: Timestamp, items: String)
  case materialSupplied(ReferralID, note: String)
  case policeDecisionRecorded(ReferralID, PoliceDecision, decidedOn: Day)
  case refusalReasonsRecorded(ReferralID, reasons: String)
  case reconsiderationRequested(ReferralID, grounds: String)
  case reconsiderationAnswered(ReferralID, ReconsiderationAnswer)
  case supervisionRequested(ReferralID, note: String)
  case referralClosed(ReferralID, note: String)
  case referralCancelled(ReferralID, reason: String)

  /// The referral the change is about.
  public var referralID: ReferralID {
    switch self {
    case .referralDrafted(let id, _, _), .documentTicked(let id, _, _),
      .documentUnticked(let id, _), .referralApproved(let id), .handedOver(let id, _, _, _),
      .receiptRecorded(let id, _, _), .materialRequested(let id, _, _),
      .materialSupplied(let id, _), .policeDecisionRecorded(let id, _, _),
      .refusalReasonsRecorded(let id, _), .reconsiderationRequested(let id, _),
      .reconsiderationAnswered(let id, _), .supervisionRequested(let id, _),
      .referralClosed(let id, _), .referralCancelled(let id, _):
      return id
    }
  }

  /// The stages at which the change may apply.
  var allowedStages: Set<ReferralStage> {
    switch self {
    case .referralDrafted: return []
    case .documentTicked, .documentUnticked, .referralCancelled: return [.drafted, .approved]
    case .referralApproved: return [.drafted]
    case .handedOver: return [.approved]
    case .receiptRecorded: return [.handedOver]
    case .materialRequested: return [.received]
    case .materialSupplied: return [.materialRequested]
    case .policeDecisionRecorded: return [.received]
    case .refusalReasonsRecorded:
      return [.policeDecided, .reconsiderationRequested, .reconsidered, .supervisionRequested]
    case .reconsiderationRequested: return [.policeDecided]
    case .reconsiderationAnswered: return [.reconsiderationRequested]
    case .supervisionRequested: return [.reconsidered]
    case .referralClosed: return [.policeDecided, .reconsidered, .supervisionRequested]
    }
  }
}
