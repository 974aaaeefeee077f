import CaseDeskApp
import Foundation

extension GlobalOptions {
  /// The language asked for with --lang, else the locale's.
  var language: Language {
    lang.flatMap(Language.init(rawValue:))
      ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
  }
}
