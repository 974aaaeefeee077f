import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct FormTests {
  /// A form with a text field, a read-only field, a pick list, a toggle and two more texts.
  static func sample() -> FormState {
    FormState(
      title: "登记企业",
      fields: [
        FormField(id: "name", label: "企业名称", kind: .text(TextFieldState()), isRequired: true),
        FormField(
          id: "code", label: "代码", kind: .text(TextFieldState(text: "91210300")),
          isEditable: false),
        FormField(
          id: "district", label: "所在区县",
          kind: .choice(
            PickListState(options: ["铁东区", "铁西区", "立山区", "千山区"], allowsFreeEntry: true))),
        FormField(id: "key", label: "重点排污单位", kind: .toggle(false)),
        FormField(id: "phone", label: "联系电话", kind: .text(TextFieldState())),
        FormField(id: "notes", label: "备注", kind: .text(TextFieldState())),
      ], yesText: "是", noText: "否")
  }

  @Test func focusSkipsReadOnlyFieldsAndWraps() {
    var form = Self.sample()
    #expect(form.focused?.id == "name")
    expectValue(form.handle(.tab), .handled)
    #expect(form.focused?.id == "district")
    _ = form.handle(.down)
    #expect(form.focused?.id == "key")
    _ = form.handle(.backTab)
    _ = form.handle(.up)
    #expect(form.focused?.id == "name")
    _ = form.handle(.up)
    #expect(form.focused?.id == "notes")
    _ = form.handle(.tab)
    #expect(form.focused?.id == "name")
  }

  @Test func typingChineseFillsTheFocusedTextField() {
    var form = Self.sample()
    for character in "鞍山钢铁" { expectValue(form.handle(.character(character)), .changed("name")) }
    #expect(form["name"]?.value == "鞍山钢铁")
    expectValue(form.handle(.backspace), .changed("name"))
    #expect(form["name"]?.value == "鞍山钢")
    expectValue(form.handle(.enter), .handled)
    #expect(form.focused?.id == "district")
  }

  @Test func saveAndCancelKeys() {
    var form = Self.sample()
    expectValue(form.handle(.control("s")), .save)
    expectValue(form.handle(.escape), .cancel)
  }

  @Test func pickListFiltersAsYouTypeAndChooses() {
    var form = Self.sample()
    form.focus("district")
    expectValue(form.handle(.character("西")), .handled)
    #expect(form.isPickListOpen)
    guard case .choice(let list)? = form.focused?.kind else {
      Issue.record("district is not a choice")
      return
    }
    #expect(list.matches == ["西", "铁西区"])
    _ = form.handle(.down)
    expectValue(form.handle(.enter), .changed("district"))
    #expect(form["district"]?.value == "铁西区")
    #expect(!form.isPickListOpen)
  }

  @Test func pickListTakesFreeTextAndEscapeOnlyClosesIt() {
    var form = Self.sample()
    form.focus("district")
    _ = form.handle(.enter)
    #expect(form.isPickListOpen)
    for character in "高新区" { _ = form.handle(.character(character)) }
    expectValue(form.handle(.escape), .handled)
    #expect(!form.isPickListOpen)
    #expect(form["district"]?.value == "")
    _ = form.handle(.character("高"))
    _ = form.handle(.character("新"))
    expectValue(form.handle(.enter), .changed("district"))
    #expect(form["district"]?.value == "高新")
  }

  @Test func arrowsCycleChoicesAndFlipToggles() {
    var form = Self.sample()
    form.focus("district")
    _ = form.handle(.right)
    #expect(form["district"]?.value == "铁东区")
    _ = form.handle(.left)
    #expect(form["district"]?.value == "千山区")
    form.focus("key")
    expectValue(form.handle(.character(" ")), .changed("key"))
    #expect(form["key"]?.isOn == true)
    expectValue(form.handle(.character("n")), .changed("key"))
    #expect(form["key"]?.isOn == false)
  }

  @Test func scrollingKeepsTheFocusAndItsErrorVisible() {
    var form = Self.sample()
    form.fields[5].error = "备注太长"
    let height = 4
    form.focus("notes")
    form.scrollToFocus(height: height)
    // Rows: 6 fields + 1 error line = 7; the notes field and its error are the last two.
    #expect(form.totalRows == 7)
    #expect(form.scrollOffset == 3)
    form.focus("name")
    form.scrollToFocus(height: height)
    #expect(form.scrollOffset == 0)
  }

  @Test func renderShowsRequiredMarkErrorsAndSummary() {
    var form = Self.sample()
    form.fields[0].error = "企业名称不能为空"
    form.summary = "2 处问题"
    form.summaryIsError = true
    var buffer = Buffer(size: Size(width: 80, height: 24))
    Form.render(into: &buffer, area: buffer.bounds, state: form)
    let text = buffer.text
    #expect(text.contains("企业名称*"))
    #expect(text.contains("企业名称不能为空"))
    #expect(text.contains("2 处问题"))
    #expect(text.contains("[ ] 否"))
    let errorRow = (0..<24).first { buffer.rowText($0).contains("企业名称不能为空") }
    if let errorRow {
      let x = buffer.rowText(errorRow).prefix { $0 == " " || $0 == "│" }.count
      #expect(buffer[x, errorRow].role == StyleRole("input.error"))
    } else {
      Issue.record("the error line is not drawn")
    }
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
  func snapshotWithErrorsAndScrolling(size: Size) {
    var form = Self.sample()
    for character in "鞍山钢铁集团有限公司" { _ = form.handle(.character(character)) }
    form.fields[4].error = "联系电话只能包含数字"
    form.focus("phone")
    form.summary = "1 处问题"
    form.summaryIsError = true
    var buffer = Buffer(size: size)
    form.scrollToFocus(height: Form.viewportHeight(in: buffer.bounds, state: form))
    Form.render(into: &buffer, area: buffer.bounds, state: form)
    Snapshot.assertMatches(buffer, named: "form-errors-\(size)")
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
  func snapshotPickListOpen(size: Size) {
    var form = Self.sample()
    form.focus("district")
    _ = form.handle(.character("区"))
    _ = form.handle(.down)
    var buffer = Buffer(size: size)
    Form.render(into: &buffer, area: buffer.bounds, state: form)
    Snapshot.assertMatches(buffer, named: "form-picklist-\(size)")
  }
}
