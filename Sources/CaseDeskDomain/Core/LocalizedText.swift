/// A user-visible text in both of CaseDesk's languages.
///
/// The domain explains refusals and problems itself (it knows the rule), so it carries the
/// Chinese and English wording; the app picks the one the user reads.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The English text (for logs and test messages).
  public var description: String { en }
}
