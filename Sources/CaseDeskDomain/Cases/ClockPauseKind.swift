/// Why the decision clock does not run: a suspension (中止), or a period the law excludes.
public enum ClockPauseKind: String, Hashable, Sendable, CaseIterable {
  /// 中止: the case is suspended; nothing advances until it resumes.
  case suspension
  /// 公告: an announcement period.
  case announcement
  /// 检测: testing.
  case testing
  /// 鉴定、评估: identification or assessment.
  case assessment

  /// The kind's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .suspension: return LocalizedText(zh: "中止", en: "suspension")
    case .announcement: return LocalizedText(zh: "公告", en: "announcement")
    case .testing: return LocalizedText(zh: "检测", en: "testing")
    case .assessment: return LocalizedText(zh: "鉴定评估", en: "assessment")
    }
  }
}
