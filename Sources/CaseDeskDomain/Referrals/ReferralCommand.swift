/// What a user asks of referrals to public security.
public enum ReferralCommand: Equatable, Sendable {
  /// Drafts a referral for a case (officer); a detention referral needs the penalty decision.
  case draftReferral(ReferralDraft)
  /// Ticks a document of the package with its document number (officer or legal reviewer).
  case tickDocument(ReferralID, ReferralDocument, documentNumber: String)
  /// Unticks a document before hand-over (officer or legal reviewer).
  case untickDocument(ReferralID, ReferralDocument)
  /// The department head approves the referral (approver).
  case approveReferral(ReferralID)
  /// Hands the referral over to the police (officer); refused while a document is missing.
  case handOver(ReferralID, policeUnit: String, at: Timestamp, procuratorateCopy: String)
  /// Records the police's receipt (officer or clerk).
  case recordReceipt(ReferralID, at: Timestamp, receiptNumber: String)
  /// Records the police's request for more material (officer or clerk).
  case recordMaterialRequest(ReferralID, at: Timestamp, items: String)
  /// Records the material supplied (officer).
  case supplyMaterial(ReferralID, note: String)
  /// Records the police decision (officer or clerk).
  case recordPoliceDecision(ReferralID, PoliceDecision, decidedOn: Day)
  /// Records the reasons for a detention refusal that came after the decision (officer or clerk).
  case recordRefusalReasons(ReferralID, reasons: String)
  /// Asks the police to reconsider a refusal (approver).
  case requestReconsideration(ReferralID, grounds: String)
  /// Records the police's answer to the reconsideration (officer or clerk).
  case recordReconsiderationAnswer(ReferralID, ReconsiderationAnswer)
  /// Asks the procuratorate to supervise the police's refusal to file (approver; crime only).
  case requestSupervision(ReferralID, note: String)
  /// Closes the referral after the police decided (approver).
  case closeReferral(ReferralID, note: String)
  /// Cancels a referral before hand-over (approver).
  case cancelReferral(ReferralID, reason: String)

  /// The referral the command names (nil for a draft).
  public var referralID: ReferralID? {
    switch self {
    case .draftReferral: return nil
    case .tickDocument(let id, _, _), .untickDocument(let id, _), .approveReferral(let id),
      .handOver(let id, _, _, _), .recordReceipt(let id, _, _),
      .recordMaterialRequest(let id, _, _), .supplyMaterial(let id, _),
      .recordPoliceDecision(let id, _, _), .recordRefusalReasons(let id, _),
      .requestReconsideration(let id, _), .recordReconsiderationAnswer(let id, _),
      .requestSupervision(let id, _), .closeReferral(let id, _), .cancelReferral(let id, _):
      return id
    }
  }
}
