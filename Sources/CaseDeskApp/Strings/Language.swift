/// The language of every user-visible text: Simplified Chinese or English.
public enum Language: String, Sendable, CaseIterable {
  case zh
  case en

  /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`;
  /// `zh*` gives Chinese, anything else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("zh") ? .zh : .en
      }
    }
    return .en
  }
}
