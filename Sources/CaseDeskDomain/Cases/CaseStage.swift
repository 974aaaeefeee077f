/// Where a penalty case stands in its legal order (普通程序).
///
/// Stages advance only in the order of the Administrative Penalty Law and MEE Order 30; a
/// review or legal review may send a case back to `investigation`.
public enum CaseStage: String, Sendable, CaseIterable, Comparable {
  /// 案源: registered from a clue, an inspection or another source; filing not yet approved.
  case opened
  /// 立案: filing approved with its four conditions; the case has its number.
  case filed
  /// 调查取证: two or more certified officers are investigating.
  case investigation
  /// 调查终结: the investigation report is submitted for case review.
  case reported
  /// 案件审查: the separate review unit passed the report (查处分离).
  case reviewed
  /// 告知: the prior notice is given; statements and a hearing request may follow.
  case notified
  /// 听证: a hearing was requested; it is scheduled and held.
  case hearing
  /// 法制审核: the legal review passed.
  case legalReviewed
  /// 集体讨论: the collective discussion is minuted.
  case discussed
  /// 决定: the decision is made.
  case decided
  /// 送达: the decision is served.
  case served
  /// 执行: payments, instalments, demands or a court application are under way.
  case enforcement
  /// 结案: closed.
  case closed
  /// 归档: archived; no change at all.
  case archived
  /// 撤销立案: the filing was withdrawn.
  case withdrawn

  /// The stages before a decision in which the case can still be withdrawn or suspended.
  public static let beforeDecision: Set<CaseStage> = [
    .filed, .investigation, .reported, .reviewed, .notified, .hearing, .legalReviewed,
    .discussed,
  ]

  /// The stages from which a decision may be made (a hearing must have been held).
  public static let readyForDecision: Set<CaseStage> = [
    .reviewed, .notified, .hearing, .legalReviewed, .discussed,
  ]

  /// The stage's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .opened: return LocalizedText(zh: "案源登记", en: "opened")
    case .filed: return LocalizedText(zh: "立案", en: "filed")
    case .investigation: return LocalizedText(zh: "调查取证", en: "investigation")
    case .reported: return LocalizedText(zh: "调查终结", en: "investigation reported")
    case .reviewed: return LocalizedText(zh: "案件审查通过", en: "case review passed")
    case .notified: return LocalizedText(zh: "告知", en: "prior notice given")
    case .hearing: return LocalizedText(zh: "听证", en: "hearing")
    case .legalReviewed: return LocalizedText(zh: "法制审核通过", en: "legal review passed")
    case .discussed: return LocalizedText(zh: "集体讨论", en: "collective discussion")
    case .decided: return LocalizedText(zh: "决定", en: "decided")
    case .served: return LocalizedText(zh: "送达", en: "served")
    case .enforcement: return LocalizedText(zh: "执行", en: "enforcement")
    case .closed: return LocalizedText(zh: "结案", en: "closed")
    case .archived: return LocalizedText(zh: "归档", en: "archived")
    case .withdrawn: return LocalizedText(zh: "撤销立案", en: "filing withdrawn")
    }
  }

  /// The legal order (declaration order; `withdrawn` last).
  public var order: Int { CaseStage.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: CaseStage, rhs: CaseStage) -> Bool { lhs.order < rhs.order }
}
