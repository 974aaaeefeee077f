import Testing

@testable import CursesBackend
@testable import TerminalUI

@Suite struct ColorDepthTests {
  @Test func noColorWinsWhateverItsValue() {
    for value in ["1", "", "0"] {
      let depth = CursesTerminal.colorDepth(
        environment: ["NO_COLOR": value, "COLORTERM": "truecolor"], colors: 256,
        hasColors: true)
      #expect(depth == .monochrome, "NO_COLOR=\(value)")
    }
  }

  @Test func colorTermTrueColorOr24BitMeansTrueColor() {
    for value in ["truecolor", "24bit", "TrueColor"] {
      let depth = CursesTerminal.colorDepth(
        environment: ["COLORTERM": value], colors: 256, hasColors: true)
      #expect(depth == .trueColor, "COLORTERM=\(value)")
    }
    let other = CursesTerminal.colorDepth(
      environment: ["COLORTERM": "yes"], colors: 256, hasColors: true)
    #expect(other == .ansi256)
  }

  @Test func paletteSizeDecidesOtherwise() {
    #expect(CursesTerminal.colorDepth(environment: [:], colors: 256, hasColors: true) == .ansi256)
    #expect(CursesTerminal.colorDepth(environment: [:], colors: 88, hasColors: true) == .ansi16)
    #expect(CursesTerminal.colorDepth(environment: [:], colors: 16, hasColors: true) == .ansi16)
    #expect(CursesTerminal.colorDepth(environment: [:], colors: 8, hasColors: true) == .ansi16)
    #expect(
      CursesTerminal.colorDepth(environment: [:], colors: 1 << 24, hasColors: true) == .ansi256)
  }

  @Test func terminalWithoutColoursIsMonochrome() {
    #expect(
      CursesTerminal.colorDepth(environment: [:], colors: -1, hasColors: false) == .monochrome)
    #expect(CursesTerminal.colorDepth(environment: [:], colors: 2, hasColors: true) == .monochrome)
    let forced = CursesTerminal.colorDepth(
      environment: ["COLORTERM": "truecolor"], colors: -1, hasColors: false)
    #expect(forced == .monochrome)
  }
}
