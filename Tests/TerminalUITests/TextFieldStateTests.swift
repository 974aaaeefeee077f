import TerminalUI
import Testing

@Suite struct TextFieldStateTests {
  private func typing(_ text: String, into state: inout TextFieldState) {
    for character in text { expectValue(state.handle(.character(character)), true) }
  }

  @Test func typingChineseMovesTheCursorByCharacter() {
    var state = TextFieldState()
    typing("鞍山钢铁", into: &state)
    #expect(state.text == "鞍山钢铁")
    #expect(state.cursor == 4)
    #expect(state.cursorColumn == 8)
    expectValue(state.handle(.left), true)
    expectValue(state.handle(.left), true)
    typing("a", into: &state)
    #expect(state.text == "鞍山a钢铁")
    #expect(state.cursor == 3)
    #expect(state.cursorColumn == 5)
  }

  @Test func backspaceRemovesOneWideCharacter() {
    var state = TextFieldState(text: "鞍山钢铁")
    expectValue(state.handle(.backspace), true)
    #expect(state.text == "鞍山钢")
    #expect(state.cursor == 3)
    expectValue(state.handle(.home), true)
    expectValue(state.handle(.backspace), true)
    #expect(state.text == "鞍山钢")
    expectValue(state.handle(.delete), true)
    #expect(state.text == "山钢")
    #expect(state.cursor == 0)
  }

  @Test func combinedGraphemesAreOneCharacter() {
    var state = TextFieldState(text: "e\u{301}x")
    #expect(state.cursor == 2)
    expectValue(state.handle(.left), true)
    expectValue(state.handle(.backspace), true)
    #expect(state.text == "x")
  }

  @Test func readlineKeys() {
    var state = TextFieldState(text: "鞍山 钢铁 集团")
    expectValue(state.handle(.control("w")), true)
    #expect(state.text == "鞍山 钢铁 ")
    expectValue(state.handle(.control("w")), true)
    #expect(state.text == "鞍山 ")
    expectValue(state.handle(.control("a")), true)
    #expect(state.cursor == 0)
    expectValue(state.handle(.right), true)
    expectValue(state.handle(.control("k")), true)
    #expect(state.text == "鞍")
    expectValue(state.handle(.control("e")), true)
    #expect(state.cursor == 1)
    typing("山市", into: &state)
    expectValue(state.handle(.left), true)
    expectValue(state.handle(.control("u")), true)
    #expect(state.text == "市")
    #expect(state.cursor == 0)
  }

  @Test func unusedKeysAreLeftToTheCaller() {
    var state = TextFieldState(text: "x")
    for key: Key in [.enter, .escape, .tab, .up, .down, .control("f"), .character("\n")] {
      expectValue(state.handle(key), false)
    }
    #expect(state.text == "x")
  }

  @Test func scrollKeepsTheCursorVisibleInANarrowField() {
    var state = TextFieldState(text: "鞍山钢铁集团有限公司")
    // 20 columns of text plus the cursor cell, in a 7-column field.
    #expect(state.visibleOffset(width: 7) == 14)
    state.scrollToCursor(width: 7)
    for _ in 0..<4 { expectValue(state.handle(.left), true) }
    // Cursor at column 12 is still visible from offset 12 onward: the view follows it.
    #expect(state.visibleOffset(width: 7) == 12)
    expectValue(state.handle(.home), true)
    #expect(state.visibleOffset(width: 7) == 0)
    for width in 1...8 {
      var probe = TextFieldState(text: "鞍山钢铁集团有限公司")
      for _ in 0...10 {
        let offset = probe.visibleOffset(width: width)
        #expect(probe.cursorColumn >= offset)
        #expect(probe.cursorColumn < offset + max(width, 2))
        _ = probe.handle(.left)
        probe.scrollToCursor(width: width)
      }
    }
  }
}
