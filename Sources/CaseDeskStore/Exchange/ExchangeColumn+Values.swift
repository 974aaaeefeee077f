import CaseDeskDomain

extension ExchangeColumn {
  /// A tier as a cell holds it: 重点/一般 or key/general (any case), nil when it is neither.
  public static func tier(_ text: String) -> Enterprise.Tier? {
    switch trimmed(text).lowercased() {
    case "重点", "重点企业", "key": return .key
    case "一般", "一般企业", "general": return .general
    default: return nil
    }
  }

  /// A yes/no cell: 是/否, yes/no, Y/N, true/false or 1/0 (any case), nil when it is none.
  public static func flag(_ text: String) -> Bool? {
    switch trimmed(text).lowercased() {
    case "是", "yes", "y", "true", "1": return true
    case "否", "no", "n", "false", "0": return false
    default: return nil
    }
  }

  /// Tags in a cell, split at `；`, `;`, `、`, `,`, `，` or `|`, trimmed, without blanks.
  public static func tags(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    return text.split(whereSeparator: { tagSeparators.contains($0) })
      .map { trimmed(String($0)) }
      .filter { !$0.isEmpty }
  }

  /// The characters that separate tags in a cell.
  private static let tagSeparators: Set<Character> = ["；", ";", "、", ",", "，", "|"]

  /// The text without leading and trailing white space (ASCII, ideographic and other spaces).
  public static func trimmed(_ text: String) -> String { text.trimmingSpaces }

  /// The text a cell holds for a tier.
  public static func text(_ tier: Enterprise.Tier, chinese: Bool) -> String {
    switch tier {
    case .key: return chinese ? "重点" : "key"
    case .general: return chinese ? "一般" : "general"
    }
  }

  /// The text a cell holds for a yes/no value.
  public static func text(_ flag: Bool, chinese: Bool) -> String {
    chinese ? (flag ? "是" : "否") : (flag ? "yes" : "no")
  }

  /// The text a cell holds for a positive-list status.
  public static func text(_ status: PositiveListStatus, chinese: Bool) -> String {
    switch status {
    case .notListed: return chinese ? "未纳入" : "not listed"
    case .candidate: return chinese ? "拟纳入" : "candidate"
    case .listed: return chinese ? "已纳入" : "listed"
    case .suspended: return chinese ? "暂停" : "suspended"
    case .removed: return chinese ? "已移出" : "removed"
    }
  }
}
