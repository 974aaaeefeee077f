import CaseDeskApp
import Testing

@Suite struct ConfigTests {
  @Test func readsEverySetting() {
    let text = """
      operator = "liuna"
      theme = "light"
      lang = "en"
      data = "/srv/casedesk"

      [keys]
      "list.down" = ["n", "<Down>"]
      "app.quit" = "Q"
      """
    let (config, problems) = AppConfigLoader.parse(text, file: "config.toml")
    #expect(problems.isEmpty)
    #expect(config.operatorID == "liuna")
    #expect(config.themeName == "light")
    #expect(config.language == .en)
    #expect(config.dataDirectory == "/srv/casedesk")
    #expect(
      Set(config.keyOverrides.map { "\($0.command)=\($0.keys)" }) == [
        "list.down=[\"n\", \"<Down>\"]", "app.quit=[\"Q\"]",
      ])
  }

  @Test func syntaxErrorNamesFileAndLine() {
    let (config, problems) = AppConfigLoader.parse("theme = \"dark\"\nlang = \n", file: "c.toml")
    #expect(config == AppConfig())
    #expect(problems.count == 1)
    #expect(problems.first?.line == 2)
    #expect(problems.first?.description.hasPrefix("c.toml:2: ") == true)
  }

  @Test func wrongValuesNameLineAndKeyAndKeepTheRest() {
    let text = """
      theme = "light"
      lang = "fr"
      colour = "blue"

      [keys]
      "list.down" = 3
      """
    let (config, problems) = AppConfigLoader.parse(text, file: "c.toml")
    #expect(config.themeName == "light")
    #expect(config.language == nil)
    #expect(
      Set(problems.map(\.description)) == [
        "c.toml:3: colour: unknown setting",
        "c.toml:2: lang: expected \"zh\" or \"en\"",
        "c.toml:6: keys.list.down: expected a key or a list of keys",
      ])
  }

  @Test(arguments: [
    "[&keys]\n", "theme = [ } ]\n", "theme = \"a\u{0}b\"\n", "[keys\n", "\u{FEFF}lang = 1",
  ])
  func inputThatTripsTheTOMLLibraryIsReportedNotFatal(_ text: String) {
    let (config, problems) = AppConfigLoader.parse(text, file: "c.toml")
    #expect(config == AppConfig())
    #expect(problems.count == 1)
    #expect(problems.first?.description.hasPrefix("c.toml") == true)
  }
}
