import CaseDeskApp
import Testing

@Suite struct StringsTests {
  @Test(arguments: Language.allCases)
  func everyKeyIsTranslated(_ language: Language) {
    let missing = Set(StringKey.allCases).subtracting(Strings(language).definedKeys)
    #expect(missing.isEmpty, "missing in \(language): \(missing.map(\.rawValue).sorted())")
  }

  @Test func everyCommandHasHintAndHelpEntries() {
    for command in AppCommand.allCases {
      #expect(StringKey(rawValue: "cmd.\(command.rawValue).hint") != nil, "\(command)")
      let help = StringKey(rawValue: "cmd.\(command.rawValue).help")
      #expect(help != nil, "\(command)")
      if let help {
        for language in Language.allCases { #expect(!Strings(language)[help].isEmpty) }
      }
    }
  }

  @Test func formatReplacesPlaceholdersInOrder() {
    let strings = Strings(.en)
    #expect(strings.format(.tooSmall, "30×10", "40×12") == "Terminal too small: 30×10; needs 40×12")
  }

  @Test func languageFollowsTheLocale() {
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LC_ALL": "zh_TW.UTF-8", "LANG": "C"]) == .zh)
    #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en)
    #expect(Language.fromEnvironment([:]) == .en)
  }
}
