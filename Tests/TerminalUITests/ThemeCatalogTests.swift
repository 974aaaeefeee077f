import Foundation
import Testing

@testable import TerminalUI

/// A temporary directory of theme files, removed when the test ends.
private final class ThemeDirectory {
  let path: String

  init(_ files: [String: [UInt8]]) throws {
    path = NSTemporaryDirectory() + "casedesk-themes-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, bytes) in files {
      try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
    }
  }

  convenience init(texts: [String: String]) throws {
    try self.init(texts.mapValues { Array($0.utf8) })
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct ThemeCatalogTests {
  @Test func shippedThemesLoadWithoutProblems() {
    let (catalog, problems) = ThemeCatalog.load(userDirectory: nil)
    #expect(problems.isEmpty, "\(problems)")
    #expect(catalog.names == ["default", "high-contrast", "light", "mono"])
    #expect(catalog.theme(named: "default")?.source == .shipped)
    let listing = catalog.listing()
    #expect(listing.map(\.name) == catalog.names)
    #expect(listing.allSatisfy { !$0.description.isEmpty })
  }

  @Test func missingUserDirectoryIsFine() {
    let (catalog, problems) = ThemeCatalog.load(userDirectory: "/nonexistent/casedesk/themes")
    #expect(problems.isEmpty)
    #expect(catalog.names.contains("default"))
  }

  @Test func userThemeOverridesShippedName() throws {
    let directory = try ThemeDirectory(texts: [
      "my-default.toml": """
      name = "default"
      description = "Mine"
      inherits = "default"
      [styles]
      "title" = { fg = "#ff00ff" }
      """,
      "extra.toml": """
      name = "extra"
      inherits = "default"
      """,
    ])
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory.path)
    #expect(problems.isEmpty, "\(problems)")
    let mine = try #require(catalog.theme(named: "default"))
    #expect(mine.source == .user(path: directory.path + "/my-default.toml"))
    #expect(mine.summary == "Mine")
    #expect(mine.style(for: .title).foreground == TerminalColor(hex: "#ff00ff"))
    let shipped = ThemeCatalog.load(userDirectory: nil).catalog
    #expect(
      mine.style(for: .listRowSelected)
        == shipped.theme(named: "default")?.style(for: .listRowSelected))
    // A user theme inheriting "default" sees the user's default.
    #expect(catalog.theme(named: "extra")?.style(for: .title) == mine.style(for: .title))
    #expect(catalog.resolve("default").problem == nil)
  }

  @Test func resolveUnknownNameFallsBackToDefault() {
    let catalog = ThemeCatalog.load(userDirectory: nil).catalog
    let (theme, problem) = catalog.resolve("nope")
    #expect(theme.name == "default")
    #expect(problem?.contains("unknown theme \"nope\"") == true)
    #expect(problem?.contains("default") == true)
    #expect(catalog.resolve(nil).theme.name == "default")
    #expect(catalog.resolve(nil).problem == nil)
    #expect(catalog.resolve("mono").theme.name == "mono")
  }

  @Test func malformedUserThemeIsReportedAndSkipped() throws {
    let directory = try ThemeDirectory(texts: [
      "broken.toml": """
      name = "broken"
      [styles]
      "list.row" = { fg = "acent" }
      """,
      "syntax.toml": "name = \"syntax\"\n[styles\n",
      "notes.txt": "not a theme",
    ])
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory.path)
    #expect(problems.count == 2)
    #expect(catalog.theme(named: "broken") == nil)
    #expect(catalog.names == ["default", "high-contrast", "light", "mono"])
    let (theme, problem) = catalog.resolve("broken")
    #expect(theme.name == "default")
    let message = try #require(problem)
    #expect(message.contains(directory.path + "/broken.toml:3: styles.\"list.row\" fg"))
    #expect(catalog.resolve("syntax").problem?.contains("syntax.toml:2") == true)
  }

  @Test func brokenOverrideKeepsTheShippedTheme() throws {
    let directory = try ThemeDirectory(texts: ["light.toml": "name = \"light\"\nbold = 1\n"])
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory.path)
    #expect(problems.count == 1)
    #expect(catalog.theme(named: "light")?.source == .shipped)
    let (theme, problem) = catalog.resolve("light")
    #expect(theme.name == "light")
    #expect(problem?.contains("light.toml:2: bold") == true)
  }

  @Test func invalidUTF8IsAnErrorWithItsLine() throws {
    let bytes = Array("name = \"bad\"\n# comment\n".utf8) + [0xFF, 0xFE, 0x0A]
    let directory = try ThemeDirectory(["bad.toml": bytes])
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory.path)
    #expect(problems.count == 1)
    #expect(problems.first?.line == 3)
    #expect(problems.first?.reason.contains("UTF-8") == true)
    #expect(catalog.theme(named: "bad") == nil)
  }

  @Test func inheritanceCyclesAreReported() throws {
    let directory = try ThemeDirectory(texts: [
      "a.toml": "name = \"a\"\ninherits = \"b\"\n",
      "b.toml": "name = \"b\"\n\ninherits = \"a\"\n",
      "c.toml": "name = \"c\"\ninherits = \"ghost\"\n",
    ])
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory.path)
    #expect(problems.count == 3)
    #expect(catalog.theme(named: "a") == nil)
    #expect(catalog.theme(named: "b") == nil)
    let all = problems.map(\.description).joined(separator: "\n")
    #expect(all.contains("inheritance cycle: a → b → a") || all.contains("cycle: b → a → b"))
    let ghost = try #require(problems.first { $0.file.hasSuffix("c.toml") })
    #expect(ghost.line == 2)
    #expect(ghost.reason == "unknown parent theme \"ghost\"")
  }

  @Test func duplicateUserNamesKeepTheFirstFile() throws {
    let directory = try ThemeDirectory(texts: [
      "one.toml": "name = \"same\"\ndescription = \"one\"\n",
      "two.toml": "name = \"same\"\ndescription = \"two\"\n",
    ])
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory.path)
    #expect(catalog.theme(named: "same")?.summary == "one")
    #expect(problems.count == 1)
    #expect(problems.first?.file.hasSuffix("two.toml") == true)
  }

  @Test func userDirectoryHonoursXDG() {
    #expect(
      ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/casedesk/themes")
    #expect(
      ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
        == "/h/.config/casedesk/themes")
    #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
  }
}
