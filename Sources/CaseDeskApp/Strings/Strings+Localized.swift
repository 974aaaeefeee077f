import CaseDeskDomain

extension Strings {
  /// A domain text (a refusal, a field label) in this language.
  public func localized(_ text: LocalizedText) -> String {
    language == .zh ? text.zh : text.en
  }
}

extension Strings {
  /// Why the store did not make a change, without a lead-in (for a form's own line).
  public func reason(of failure: StoreFailure) -> String {
    switch failure {
    case .refused(let reason): return localized(reason)
    case .notSaved(let reason): return reason
    }
  }

  /// Why a change was not made, as one line.
  public func describe(_ failure: StoreFailure) -> String {
    switch failure {
    case .refused(let reason): return format(.changeRefused, localized(reason))
    case .notSaved(let reason): return format(.changeNotSaved, reason)
    }
  }
}
