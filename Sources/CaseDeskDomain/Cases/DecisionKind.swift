/// The kind of a case decision.
public enum DecisionKind: String, Hashable, Sendable, CaseIterable {
  case penalty
  case lighterPenalty
  case mitigatedPenalty
  case noPenaltyMinor
  case noPenaltyNotEstablished
  case referral

  /// Whether the decision imposes a penalty (and so needs a prior notice first).
  public var imposesPenalty: Bool {
    self == .penalty || self == .lighterPenalty || self == .mitigatedPenalty
  }

  /// Whether the decision establishes that a violation happened (counts against "first offence").
  public var establishesViolation: Bool { self != .noPenaltyNotEstablished }

  /// The kind's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .penalty: return LocalizedText(zh: "行政处罚", en: "penalty")
    case .lighterPenalty: return LocalizedText(zh: "从轻处罚", en: "lighter penalty")
    case .mitigatedPenalty: return LocalizedText(zh: "减轻处罚", en: "mitigated penalty")
    case .noPenaltyMinor: return LocalizedText(zh: "不予处罚（轻微）", en: "no penalty (minor)")
    case .noPenaltyNotEstablished:
      return LocalizedText(zh: "不予处罚（事实不成立）", en: "no penalty (facts not established)")
    case .referral: return LocalizedText(zh: "移送司法机关", en: "referred to judicial organs")
    }
  }
}
