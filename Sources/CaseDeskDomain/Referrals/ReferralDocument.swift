/// A document of a referral package (移送材料).
public enum ReferralDocument: String, Hashable, Sendable, CaseIterable, Comparable {
  /// 涉嫌犯罪案件移送书 / 移送案件审批表 is the approval slip; this is the letter.
  case referralLetter
  /// 案件调查报告.
  case investigationReport
  /// 现场检查（勘验）笔录.
  case inspectionRecords
  /// 调查询问笔录.
  case interviewRecords
  /// 涉案物品清单.
  case itemList
  /// 照片、视频.
  case photosAndVideo
  /// 监测、检验报告.
  case monitoringReports
  /// 行政处罚决定书.
  case penaltyDecision
  /// 移送审批表 signed by the department head.
  case approvalSlip
  /// 移送材料清单.
  case materialList
  /// 证据材料.
  case evidence

  /// The document's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .referralLetter: return LocalizedText(zh: "移送书", en: "referral letter")
    case .investigationReport: return LocalizedText(zh: "调查报告", en: "investigation report")
    case .inspectionRecords: return LocalizedText(zh: "现场检查笔录", en: "inspection records")
    case .interviewRecords: return LocalizedText(zh: "调查询问笔录", en: "interview records")
    case .itemList: return LocalizedText(zh: "涉案物品清单", en: "list of items involved")
    case .photosAndVideo: return LocalizedText(zh: "照片、视频", en: "photos and video")
    case .monitoringReports:
      return LocalizedText(zh: "监测、检验报告", en: "monitoring and test reports")
    case .penaltyDecision: return LocalizedText(zh: "行政处罚决定书", en: "penalty decision")
    case .approvalSlip: return LocalizedText(zh: "移送审批表", en: "approval slip")
    case .materialList: return LocalizedText(zh: "移送材料清单", en: "material list")
    case .evidence: return LocalizedText(zh: "证据材料", en: "evidence")
    }
  }

  private var order: Int { ReferralDocument.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: ReferralDocument, rhs: ReferralDocument) -> Bool {
    lhs.order < rhs.order
  }
}
