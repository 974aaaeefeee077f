/// The two kinds of referral to public security.
public enum ReferralKind: String, Hashable, Sendable, CaseIterable {
  /// Suspected environmental crime (State Council Order 310; 2017 衔接工作办法).
  case crime
  /// Administrative detention (Environmental Protection Law article 63).
  case detention

  /// The kind's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .crime: return LocalizedText(zh: "涉嫌犯罪移送", en: "suspected crime")
    case .detention: return LocalizedText(zh: "行政拘留移送", en: "administrative detention")
    }
  }

  /// The documents the package must hold before hand-over, in checklist order.
  public var requiredDocuments: [ReferralDocument] {
    switch self {
    case .crime:
      return [
        .referralLetter, .investigationReport, .inspectionRecords, .interviewRecords, .itemList,
        .photosAndVideo, .monitoringReports,
      ]
    case .detention:
      return [
        .approvalSlip, .materialList, .referralLetter, .investigationReport, .evidence,
        .itemList, .penaltyDecision,
      ]
    }
  }

  /// Documents that may be added but are not always required (the penalty decision "if any"
  /// for a crime referral; required when the case has a penalty decision).
  public var optionalDocuments: [ReferralDocument] {
    switch self {
    case .crime: return [.penaltyDecision, .approvalSlip, .materialList, .evidence]
    case .detention:
      return [.inspectionRecords, .interviewRecords, .photosAndVideo, .monitoringReports]
    }
  }
}
