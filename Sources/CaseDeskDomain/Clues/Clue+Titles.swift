extension Clue.Disposition {
  /// The disposition's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .dismissed: return LocalizedText(zh: "已销号", en: "dismissed")
    case .convertedToInspection: return LocalizedText(zh: "已转检查", en: "converted to inspection")
    case .convertedToCase: return LocalizedText(zh: "已立案", en: "converted to case")
    }
  }
}

extension Clue.Verification {
  /// The verification result's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .verified: return LocalizedText(zh: "属实", en: "verified")
    case .notVerified: return LocalizedText(zh: "不属实", en: "not verified")
    }
  }
}
