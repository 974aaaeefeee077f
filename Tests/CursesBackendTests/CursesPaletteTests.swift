import CNCursesW
import Testing

@testable import CursesBackend
@testable import TerminalUI

@Suite struct CursesPaletteTests {
  let teal = TerminalColor(red: 0, green: 128, blue: 128, index256: 30, index16: 14)
  let black = TerminalColor(red: 0, green: 0, blue: 0, index256: 16, index16: 0)

  @Test func nilColoursAreTheTerminalDefault() {
    let palette = CursesPalette(
      depth: .ansi256, colors: 256, directColor: false, defaultColors: true)
    #expect(palette.colorNumber(nil, foreground: true) == -1)
    #expect(palette.colorNumber(nil, foreground: false) == -1)
    let noDefaults = CursesPalette(
      depth: .ansi256, colors: 256, directColor: false, defaultColors: false)
    #expect(noDefaults.colorNumber(nil, foreground: true) == 7)
    #expect(noDefaults.colorNumber(nil, foreground: false) == 0)
  }

  @Test func eachDepthPicksItsIndex() {
    let p256 = CursesPalette(depth: .ansi256, colors: 256, directColor: false, defaultColors: true)
    #expect(p256.colorNumber(teal, foreground: true) == 30)
    let p16 = CursesPalette(depth: .ansi16, colors: 16, directColor: false, defaultColors: true)
    #expect(p16.colorNumber(teal, foreground: true) == 14)
    let p8 = CursesPalette(depth: .ansi16, colors: 8, directColor: false, defaultColors: true)
    #expect(p8.colorNumber(teal, foreground: true) == 6)
  }

  @Test func trueColourUsesRGBOnlyOnDirectColourTerminals() {
    let palette = CursesPalette(
      depth: .trueColor, colors: 256, directColor: false, defaultColors: true)
    #expect(palette.colorNumber(teal, foreground: true) == 30)
    let direct = CursesPalette(
      depth: .trueColor, colors: 1 << 24, directColor: true, defaultColors: true)
    #expect(direct.colorNumber(teal, foreground: true) == 0x00_8080)
    #expect(direct.colorNumber(black, foreground: true) == 8)
  }

  @Test func monochromeNeverUsesColour() {
    let palette = CursesPalette(
      depth: .monochrome, colors: 256, directColor: false, defaultColors: true)
    #expect(palette.colorNumber(teal, foreground: true) == -1)
  }

  @Test func attributesMapToCursesBits() {
    #expect(CursesPalette.attributeBits([]) == cncw_a_normal())
    #expect(CursesPalette.attributeBits([.bold]) == cncw_a_bold())
    let all = CursesPalette.attributeBits([.bold, .dim, .underline, .reverse, .italic, .blink])
    let expected =
      cncw_a_bold() | cncw_a_dim() | cncw_a_underline() | cncw_a_reverse() | cncw_a_italic()
      | cncw_a_blink()
    #expect(all == expected)
  }

  @Test func cellTextIsSanitisedToTheCellsColumns() {
    var text = [wchar_t](repeating: 0, count: 6)
    #expect(CursesTerminal.fillText(&text, for: Cell("中", width: 2), wideFits: true) == 2)
    #expect(Array(text.prefix(2)) == [0x4E2D, 0])
    #expect(CursesTerminal.fillText(&text, for: Cell("中", width: 1), wideFits: true) == 1)
    #expect(Array(text.prefix(2)) == [0xFFFD, 0])
    #expect(CursesTerminal.fillText(&text, for: Cell("中", width: 2), wideFits: false) == 1)
    #expect(text[0] == 0xFFFD)
    #expect(CursesTerminal.fillText(&text, for: Cell("\t", width: 1), wideFits: true) == 1)
    #expect(text[0] == 0xFFFD)
    #expect(CursesTerminal.fillText(&text, for: Cell("e\u{301}", width: 1), wideFits: true) == 1)
    #expect(Array(text.prefix(3)) == [0x65, 0x301, 0])
    #expect(CursesTerminal.fillText(&text, for: Cell("A", width: 2), wideFits: true) == 1)
    #expect(Array(text.prefix(2)) == [0x41, 0])
  }
}
