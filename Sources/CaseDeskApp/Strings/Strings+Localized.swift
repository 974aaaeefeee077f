import CaseDeskDomain

extension Strings {
  /// A domain text (a refusal, a field label) in this language.
  public func localized(_ text: LocalizedText) -> String {
    language == .zh ? text.zh : text.en
  }
}
