/// A criterion a list item asks to be met (Administrative Penalty Law article 33 and the lists).
public enum LeniencyCriterion: String, Hashable, Sendable, CaseIterable {
  /// 首次违法: no established violation in the item's look-back period.
  case firstOffence
  /// 违法行为轻微.
  case minor
  /// 及时改正: corrected within the correction order's deadline (the date is recorded).
  case correctedInTime
  /// 未造成危害后果.
  case noHarmfulConsequence
  /// Not in a sensitive area (drinking-water source, residential zone).
  case notInSensitiveArea

  /// The criterion's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .firstOffence: return LocalizedText(zh: "首次违法", en: "first offence in the period")
    case .minor: return LocalizedText(zh: "违法行为轻微", en: "minor")
    case .correctedInTime: return LocalizedText(zh: "及时改正", en: "corrected in time")
    case .noHarmfulConsequence:
      return LocalizedText(zh: "未造成危害后果", en: "no harmful consequence")
    case .notInSensitiveArea:
      return LocalizedText(zh: "不在敏感区域", en: "not in a sensitive area")
    }
  }

  /// The decision field that records the criterion.
  public var field: String {
    switch self {
    case .firstOffence: return "decision.firstOffence"
    case .minor: return "decision.minor"
    case .correctedInTime: return "decision.correctedInTime"
    case .noHarmfulConsequence: return "decision.noHarmfulConsequence"
    case .notInSensitiveArea: return "decision.notInSensitiveArea"
    }
  }
}
