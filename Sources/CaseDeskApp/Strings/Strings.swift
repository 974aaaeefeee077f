import Foundation

/// The user-visible texts of one language, looked up by key.
public struct Strings: Sendable {
  public let language: Language
  private let table: [StringKey: String]

  public init(_ language: Language) {
    self.language = language
    switch language {
    case .zh: table = chineseStrings
    case .en: table = englishStrings
    }
  }

  /// The text for a key; the English text if this language lacks it (a test forbids that).
  public subscript(_ key: StringKey) -> String {
    table[key] ?? englishStrings[key] ?? key.rawValue
  }

  /// The text for a key with `{0}`, `{1}`… replaced by the arguments in order.
  public func format(_ key: StringKey, _ arguments: String...) -> String {
    var text = self[key]
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index)}", with: argument)
    }
    return text
  }

  /// Every key this language's table defines, for completeness tests.
  public var definedKeys: Set<StringKey> { Set(table.keys) }
}
