/// One of the four lists of inclusive, prudent enforcement (包容审慎监管“四个清单”).
public enum LeniencyList: String, Hashable, Sendable, CaseIterable {
  /// 不予处罚清单.
  case noPenalty
  /// 从轻处罚清单.
  case lighterPenalty
  /// 减轻处罚清单.
  case mitigatedPenalty
  /// 免予行政强制措施清单.
  case noCoerciveMeasures

  /// The list's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .noPenalty: return LocalizedText(zh: "不予处罚清单", en: "no-penalty list")
    case .lighterPenalty: return LocalizedText(zh: "从轻处罚清单", en: "lighter-penalty list")
    case .mitigatedPenalty:
      return LocalizedText(zh: "减轻处罚清单", en: "mitigated-penalty list")
    case .noCoerciveMeasures:
      return LocalizedText(zh: "免予行政强制措施清单", en: "no-coercive-measures list")
    }
  }
}
