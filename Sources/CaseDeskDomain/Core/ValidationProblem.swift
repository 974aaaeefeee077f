/// One thing wrong with input, naming its field, in both languages.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
  /// The field's stable name, such as `uscc` or `decision.correctedOn`.
  public var field: String
  public var message: LocalizedText

  public init(field: String, message: LocalizedText) {
    self.field = field
    self.message = message
  }

  /// Shorthand for a problem from its two texts.
  public init(field: String, zh: String, en: String) {
    self.init(field: field, message: LocalizedText(zh: zh, en: en))
  }

  public var description: String { "\(field): \(message.en)" }
}
