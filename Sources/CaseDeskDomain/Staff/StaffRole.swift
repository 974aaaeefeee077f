/// A role a staff member holds; it decides what the member may do.
public enum StaffRole: String, Sendable, CaseIterable {
  /// 执法人员: plans inspections, records scan-ins and results, opens and investigates cases.
  case officer
  /// 法制审核: reviews cases before decisions; checks referral packages.
  case legalReviewer
  /// 分管领导: approves inspections, referrals, extensions and decisions.
  case approver
  /// 服务专员: owns key enterprises and answers their requests.
  case commissioner
  /// Registry clerk: keeps the register and the positive list; imports lists.
  case clerk
  /// 社会监督员: reads what they are invited to and adds an opinion.
  case supervisor
  /// Reads only.
  case viewer

  /// The role's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .officer: return LocalizedText(zh: "执法人员", en: "officer")
    case .legalReviewer: return LocalizedText(zh: "法制审核", en: "legal reviewer")
    case .approver: return LocalizedText(zh: "分管领导", en: "approver")
    case .commissioner: return LocalizedText(zh: "服务专员", en: "commissioner")
    case .clerk: return LocalizedText(zh: "登记员", en: "registry clerk")
    case .supervisor: return LocalizedText(zh: "社会监督员", en: "social supervisor")
    case .viewer: return LocalizedText(zh: "查看者", en: "viewer")
    }
  }
}
