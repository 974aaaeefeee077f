/// What public security decided on a referral.
public enum PoliceDecision: Hashable, Sendable {
  /// Crime: the police filed a criminal case (立案).
  case filed
  /// Crime: the police decided not to file, with their reasons.
  case notFiled(reasons: String)
  /// Detention decided: 10–15 days, or 5–10 when less serious (article 63).
  case detentionDecided(days: Int, lessSerious: Bool)
  /// Detention refused; the reasons are due within 5 days (empty until they come).
  case refused(reasons: String)

  /// Whether the police did not take the referral (a reconsideration may follow).
  public var isRefusal: Bool {
    switch self {
    case .notFiled, .refused: return true
    case .filed, .detentionDecided: return false
    }
  }

  /// The decision's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .filed: return LocalizedText(zh: "立案", en: "filed")
    case .notFiled: return LocalizedText(zh: "不予立案", en: "not filed")
    case .detentionDecided(let days, _):
      return LocalizedText(zh: "行政拘留\(days)日", en: "detention of \(days) days")
    case .refused: return LocalizedText(zh: "不予拘留", en: "detention refused")
    }
  }
}
