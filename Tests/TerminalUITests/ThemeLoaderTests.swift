import Testing

@testable import TerminalUI

/// Parses theme text with no parents available.
private func parse(_ text: String, file: String = "t.toml") throws(ThemeError) -> Theme {
  try ThemeLoader.parse(text, file: file) { _ in nil }
}

/// The error a theme text produces, or nil when it parses.
private func parseError(_ text: String, file: String = "t.toml") -> ThemeError? {
  do {
    _ = try parse(text, file: file)
    return nil
  } catch {
    return error
  }
}

@Suite struct ThemeLoaderTests {
  static let valid = """
    name = "sample"
    description = "A sample"

    [palette]
    accent = "#ff0000"
    selection = { rgb = "#204060", ansi256 = 24, ansi16 = 4 }

    [styles]
    "default" = { fg = "#c0c0c0", bg = "default" }
    "list.row" = { fg = "accent" }
    "list.row.selected" = { fg = "accent", bg = "selection", bold = true, mono = ["reverse"] }
    "list.row.marked" = { bg = "selection", underline = true }
    "future.role" = { italic = true }
    """

  @Test func parsesNamePaletteAndStyles() throws {
    let theme = try parse(Self.valid)
    #expect(theme.name == "sample")
    #expect(theme.summary == "A sample")
    #expect(theme.source == .user(path: "t.toml"))
    let selected = theme.style(for: .listRowSelected)
    #expect(selected.foreground == TerminalColor(hex: "#ff0000"))
    #expect(
      selected.background
        == TerminalColor(red: 0x20, green: 0x40, blue: 0x60, index256: 24, index16: 4))
    #expect(selected.attributes == [.bold])
    #expect(selected.monochrome == [.reverse])
    #expect(theme.style(for: "future.role").attributes == [.italic])
    #expect(theme.style(for: .normal).background == nil)
  }

  @Test func hierarchicalFallbackStillWorks() throws {
    let theme = try parse(Self.valid)
    #expect(theme.style(for: "list.row.selected.extra") == theme.style(for: .listRowSelected))
    #expect(theme.style(for: "tab") == theme.style(for: .normal))
  }

  @Test func missingColoursComeFromTheMoreGeneralRole() throws {
    let theme = try parse(Self.valid)
    let marked = theme.style(for: .listRowMarked)
    #expect(marked.foreground == TerminalColor(hex: "#ff0000"))
    #expect(marked.attributes == [.underline])
    #expect(theme.style(for: "future.role").foreground == TerminalColor(hex: "#c0c0c0"))
  }

  @Test func derivedMonochromeKeepsAttributesAndReversesHighlights() throws {
    let theme = try parse(Self.valid)
    #expect(theme.style(for: "future.role").monochrome == [.italic])
    #expect(theme.style(for: .listRowMarked).monochrome == [.underline, .reverse])
    #expect(theme.style(for: .listRow).monochrome == [])
  }

  @Test func inheritsFromAParent() throws {
    let parent = try parse(Self.valid)
    let child = try ThemeLoader.parse(
      """
      name = "child"
      inherits = "sample"
      [palette]
      accent = "#00ff00"
      [styles]
      "list.row" = { fg = "accent", bold = true }
      "title" = { fg = "selection" }
      """, file: "child.toml"
    ) { $0 == "sample" ? parent : nil }
    #expect(child.style(for: .listRow).foreground == TerminalColor(hex: "#00ff00"))
    #expect(child.style(for: .listRowSelected) == parent.style(for: .listRowSelected))
    #expect(child.style(for: .title).foreground == parent.palette["selection"])
  }

  @Test func errorDescriptionNamesFileLineAndKey() {
    let error = ThemeError(
      file: "Themes/x.toml", line: 12, key: "styles.\"list.row\" fg",
      reason: "unknown colour \"acent\"")
    #expect(
      error.description == "Themes/x.toml:12: styles.\"list.row\" fg: unknown colour \"acent\"")
    #expect(ThemeError(file: "a.toml", reason: "r").description == "a.toml: r")
  }

  @Test func syntaxErrorReportsTheLine() throws {
    let error = try #require(parseError("name = \"x\"\n\n[styles\n\"a\" = {}\n"))
    #expect(error.line == 3)
    #expect(error.key == nil)
    #expect(error.description.hasPrefix("t.toml:3: "))
  }

  @Test func unknownColourReportsLineAndKey() throws {
    let text = """
      name = "x"
      [palette]
      accent = "#112233"

      [styles]
      "default" = { fg = "accent" }
      "list.row" = { fg = "acent" }
      """
    let error = try #require(parseError(text, file: "Themes/x.toml"))
    #expect(error.line == 7)
    #expect(error.key == "styles.\"list.row\" fg")
    #expect(
      error.description
        == "Themes/x.toml:7: styles.\"list.row\" fg: unknown colour \"acent\""
        + " (did you mean \"accent\"?)")
  }

  @Test func badHexIsReported() throws {
    let inPalette = try #require(parseError("name = \"x\"\n[palette]\nred = \"#12345\"\n"))
    #expect(inPalette.line == 3)
    #expect(inPalette.key == "palette.red")
    #expect(inPalette.reason.contains("#12345"))
    let inStyle = try #require(
      parseError("name = \"x\"\n[styles]\n\"title\" = { bg = \"#12345\" }\n"))
    #expect(inStyle.line == 3)
    #expect(inStyle.key == "styles.title bg")
  }

  @Test func badAttributeKeyIsReported() throws {
    let error = try #require(
      parseError("name = \"x\"\n[styles]\n\n\"list.row\" = { blod = true }\n"))
    #expect(error.line == 4)
    #expect(error.key == "styles.\"list.row\" blod")
    #expect(error.reason.contains("unknown field"))
    #expect(error.reason.contains("\"bold\""))
  }

  @Test func wrongValueTypeIsReported() throws {
    let error = try #require(
      parseError("name = \"x\"\n[styles]\n\"title\" = { bold = \"yes\" }\n"))
    #expect(error.line == 3)
    #expect(error.key == "styles.title bold")
    #expect(error.reason.contains("true or false"))
    let notTable = try #require(parseError("name = \"x\"\nstyles = 3\n"))
    #expect(notTable.key == "styles")
    #expect(notTable.line == 2)
  }

  @Test func badMonoAttributeIsReported() throws {
    let error = try #require(
      parseError("name = \"x\"\n[styles]\n\"title\" = { mono = [\"revers\"] }\n"))
    #expect(error.line == 3)
    #expect(error.key == "styles.title mono")
    #expect(error.reason.contains("\"revers\""))
  }

  @Test func unknownTopLevelKeyIsReported() throws {
    let error = try #require(parseError("name = \"x\"\ncolours = 1\n"))
    #expect(error.line == 2)
    #expect(error.key == "colours")
  }

  @Test func tableStyleSectionsAreLocatedToo() throws {
    let error = try #require(
      parseError(
        """
        name = "x"
        [styles."list.row"]
        bold = true
        fg = "nope"
        """))
    #expect(error.line == 4)
    #expect(error.key == "styles.\"list.row\" fg")
  }

  @Test func unknownParentIsReported() throws {
    let error = try #require(parseError("name = \"x\"\n\ninherits = \"nope\"\n"))
    #expect(error.line == 3)
    #expect(error.key == "inherits")
    #expect(error.reason == "unknown parent theme \"nope\"")
  }

  @Test func selfInheritanceIsACycle() throws {
    let error = try #require(parseError("name = \"x\"\ninherits = \"x\"\n"))
    #expect(error.line == 2)
    #expect(error.reason.contains("inherits itself"))
  }

  @Test func emptyFileNamesTheMissingKey() throws {
    let error = try #require(parseError(""))
    #expect(error.key == "name")
    #expect(error.line == nil)
    #expect(error.description.hasPrefix("t.toml: name: "))
  }

  @Test func nulCharactersAreRejected() throws {
    let error = try #require(parseError("name = \"x\"\n\0\n"))
    #expect(error.line == 2)
  }

  @Test func byteOrderMarkIsIgnored() throws {
    #expect(try parse("\u{FEFF}name = \"x\"\n").name == "x")
  }

  @Test func paletteIndexesAreRangeChecked() throws {
    let error = try #require(
      parseError("name = \"x\"\n[palette]\na = { rgb = \"#000000\", ansi16 = 16 }\n"))
    #expect(error.line == 3)
    #expect(error.key == "palette.a ansi16")
  }
}
