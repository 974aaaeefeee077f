import CNCursesW
import Testing

@testable import CursesBackend
@testable import TerminalUI

@Suite struct KeyMappingTests {
  @Test func specialKeyCodesMapToKeys() {
    let expected: [(Int32, Key)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
      (KEY_DC, .delete), (KEY_IC, .insert), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab),
      (KEY_ENTER, .enter), (KEY_RESIZE, .resize),
    ]
    for (code, key) in expected {
      #expect(CursesTerminal.key(fromKeyCode: code) == key, "key code \(code)")
    }
  }

  @Test func functionKeysMapToTheirNumber() {
    #expect(CursesTerminal.key(fromKeyCode: cncw_key_f(1)) == .function(1))
    #expect(CursesTerminal.key(fromKeyCode: cncw_key_f(12)) == .function(12))
    #expect(CursesTerminal.key(fromKeyCode: cncw_key_f(63)) == .function(63))
    #expect(CursesTerminal.key(fromKeyCode: cncw_key_f(0)) == nil)
  }

  @Test func unusedKeyCodesAreSkipped() {
    #expect(CursesTerminal.key(fromKeyCode: KEY_MOUSE) == nil)
    #expect(CursesTerminal.key(fromKeyCode: KEY_A1) == nil)
    #expect(CursesTerminal.key(fromKeyCode: KEY_MAX + 5) == nil)
  }

  @Test func controlCharactersHaveTheirOwnKeys() {
    #expect(CursesTerminal.key(fromCharacter: 9) == .tab)
    #expect(CursesTerminal.key(fromCharacter: 10) == .enter)
    #expect(CursesTerminal.key(fromCharacter: 13) == .enter)
    #expect(CursesTerminal.key(fromCharacter: 27) == .escape)
    #expect(CursesTerminal.key(fromCharacter: 127) == .backspace)
    #expect(CursesTerminal.key(fromCharacter: 8) == .backspace)
  }

  @Test func controlLettersBecomeLowerCaseControlKeys() {
    #expect(CursesTerminal.key(fromCharacter: 1) == .control("a"))
    #expect(CursesTerminal.key(fromCharacter: 3) == .control("c"))
    #expect(CursesTerminal.key(fromCharacter: 6) == .control("f"))
    #expect(CursesTerminal.key(fromCharacter: 17) == .control("q"))
    #expect(CursesTerminal.key(fromCharacter: 26) == .control("z"))
  }

  @Test func otherControlCodesAreSkipped() {
    for value: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9F] {
      #expect(CursesTerminal.key(fromCharacter: value) == nil, "code \(value)")
    }
  }

  @Test func printableCharactersIncludingChineseAreCharacters() {
    #expect(CursesTerminal.key(fromCharacter: 0x20) == .character(" "))
    #expect(CursesTerminal.key(fromCharacter: 0x6A) == .character("j"))
    #expect(CursesTerminal.key(fromCharacter: 0x4E2D) == .character("中"))
    #expect(CursesTerminal.key(fromCharacter: 0x1F600) == .character("😀"))
    #expect(CursesTerminal.key(fromCharacter: 0xA0) == .character("\u{A0}"))
  }

  @Test func valuesThatAreNotScalarsAreSkipped() {
    #expect(CursesTerminal.key(fromCharacter: 0xD800) == nil)
    #expect(CursesTerminal.key(fromCharacter: 0x11_0000) == nil)
    #expect(CursesTerminal.key(fromCharacter: UInt32.max) == nil)
  }
}
