import CaseDeskApp
import TerminalUI
import Testing

/// Every key of the case review pane shows in the footer and in help, in both languages.
@Suite struct CasesKeyHintTests {
  @Test(arguments: Language.allCases)
  func everyCasesKeyHasAHintAndAHelpLine(_ language: Language) {
    let map = AppKeyMap.standard(strings: Strings(language))
    let bindings = map.bindings.filter { $0.scope == AppScope.cases }
    #expect(bindings.count >= 6)
    for binding in bindings {
      #expect(!binding.hint.isEmpty, "\(binding.command) has no footer hint in \(language)")
      #expect(
        !binding.description.isEmpty && binding.description != binding.command,
        "\(binding.command) has no help line in \(language)")
    }
  }
}
