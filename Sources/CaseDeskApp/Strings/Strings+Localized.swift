import CaseDeskDomain

extension Strings {
  /// A domain text (a refusal, a field label) in this language.
  public func localized(_ text: LocalizedText) -> String {
    language == .zh ? text.zh : text.en
  }
}

extension Strings {
  /// Why a change was not made, as one line.
  public func describe(_ failure: StoreFailure) -> String {
    switch failure {
    case .refused(let reason): return format(.changeRefused, localized(reason))
    case .notSaved(let reason): return format(.changeNotSaved, reason)
    }
  }
}
