import TerminalUI
import Testing

@Suite struct WidgetBehaviourTests {
  @Test func footerDropsHintsThatDoNotFit() {
    var buffer = Buffer(size: Size(width: 20, height: 1))
    Footer.render(
      into: &buffer, area: buffer.bounds,
      hints: [("j/k", "移动"), ("Enter", "打开"), ("?", "帮助")])
    #expect(buffer.rowText(0) == "j/k 移动  Enter 打开")
    #expect(buffer[0, 0].role == .footerKey)
    #expect(buffer[4, 0].role == .footer)
  }

  @Test func footerShortensKeyNotation() {
    #expect(Footer.shortNotation(.control("f")) == "^F")
    #expect(Footer.shortNotation(.enter) == "Enter")
    #expect(Footer.shortNotation(.down) == "↓")
    #expect(Footer.shortNotation(.character("j")) == "j")
    #expect(Footer.shortNotation(.character("<")) == "lt")
  }

  @Test func helpOverlayFiltersOnEveryField() {
    let bindings = WidgetSnapshotTests.bindings
    let commands = { (query: String) in
      HelpOverlay.matchingBindings(bindings, query: query).map(\.command)
    }
    #expect(commands("").count == bindings.count)
    #expect(commands("<c-F>") == ["search"])
    #expect(commands("  移送 ") == ["case.refer"])
    #expect(commands("拼音") == ["search"])
    #expect(commands("PANE") == ["pane.next"])
    #expect(commands("global").count == 4)
    #expect(commands("<down>") == ["list.down"])
    #expect(commands("没有这个").isEmpty)
  }

  @Test func helpOverlayStateScrollsAndSearches() {
    var state = HelpOverlayState()
    expectValue(state.handle(.pageDown, pageSize: 5), true)
    #expect(state.scrollOffset == 5)
    expectValue(state.handle(.character("钢")), true)
    #expect(state.query.text == "钢")
    #expect(state.scrollOffset == 0)
    expectValue(state.handle(.escape), false)
  }

  @Test func dialogKeys() {
    var dialog = Dialog.confirm(title: "确认", message: "删除？", yes: "是", no: "否")
    #expect(dialog.focusedButton == 0)
    expectValue(dialog.handle(.character("l")), nil)
    #expect(dialog.focusedButton == 1)
    expectValue(dialog.handle(.right), nil)
    #expect(dialog.focusedButton == 1)
    expectValue(dialog.handle(.tab), nil)
    #expect(dialog.focusedButton == 0)
    expectValue(dialog.handle(.backTab), nil)
    #expect(dialog.focusedButton == 1)
    expectValue(dialog.handle(.enter), .chose(1))
    expectValue(dialog.handle(.character("Y")), .chose(0))
    expectValue(dialog.handle(.character("n")), .chose(1))
    expectValue(dialog.handle(.escape), .cancelled)
    expectValue(dialog.handle(.character("x")), nil)
    let cautious = Dialog.confirm(title: "", message: "", yes: "是", no: "否", defaultsToYes: false)
    #expect(cautious.focusedButton == 1)
  }

  @Test func dialogWithoutButtonsCancelsOnEnter() {
    var dialog = Dialog(title: "提示", message: "完成", buttons: [])
    expectValue(dialog.handle(.enter), .cancelled)
    expectValue(dialog.handle(.right), nil)
  }

  @Test func textWrapBreaksLatinAtSpacesAndCJKAnywhere() {
    #expect(TextWrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    #expect(TextWrap.lines("鞍山钢铁集团有限公司", width: 7) == ["鞍山钢", "铁集团", "有限公", "司"])
    #expect(TextWrap.lines("钢铁，集团。", width: 4) == ["钢", "铁，", "集", "团。"])
    #expect(TextWrap.lines("企业 Anshan Steel 公司", width: 12) == ["企业 Anshan", "Steel 公司"])
    #expect(TextWrap.lines("a\n\nb", width: 5) == ["a", "", "b"])
    #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrap.lines("", width: 4) == [""])
    #expect(TextWrap.lines("abc", width: 0).isEmpty)
    for width in 1...12 {
      for line in TextWrap.lines("确定要删除企业“鞍山钢铁集团有限公司”吗？ Really delete?", width: width) {
        #expect(DisplayWidth.columns(line) <= max(width, 2))
      }
    }
  }

  @Test func alignedFit() {
    #expect(DisplayWidth.fit("区县", width: 6, alignment: .right) == "  区县")
    #expect(DisplayWidth.fit("区县", width: 7, alignment: .center) == " 区县  ")
    #expect(DisplayWidth.fit("鞍山钢铁", width: 5, alignment: .right) == "鞍山…")
  }
}
