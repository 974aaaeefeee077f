import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// Shared set-up for the enterprise form tests: a clerk at the demo, and test codes.
enum EnterpriseFormFixture {
  /// The demo's first active clerk (only clerks may keep the register).
  static let clerkID: String =
    AppHarness.demoWorkspace.state.staff.values
    .filter { $0.isActive && $0.roles.contains(.clerk) }
    .map(\.id.raw).sorted().first ?? "clerk"

  /// A harness with the clerk at work.
  static func harness(size: Size = Size(width: 80, height: 24), language: Language = .zh)
    -> AppHarness
  {
    AppHarness(
      size: size, language: language, options: LaunchOptions(operatorID: clerkID, demo: true))
  }

  /// A valid code: the 17 characters given plus their check character.
  static func code(_ body: String) -> String {
    let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
    return body + String(UnifiedSocialCreditCode.checkCharacter(forValues: values))
  }

  /// The same code with a wrong check character, and the right one.
  static func badCode(_ body: String) -> (code: String, expected: Character) {
    let good = code(body)
    let expected = good.last ?? "0"
    let wrong: Character = expected == "1" ? "2" : "1"
    return (body + String(wrong), expected)
  }

  static let newBody = "91210399MA0TEXT01"

  /// The open form, or nil.
  static func form(_ harness: AppHarness) -> EnterpriseForm? {
    if case .enterpriseForm(let form)? = harness.state.overlay { return form }
    return nil
  }
}

@Suite struct EnterpriseFormTests {
  typealias F = EnterpriseFormFixture

  @Test func addAnEnterpriseByKeyPresses() {
    let harness = F.harness()
    let code = F.code(F.newBody)
    harness.press("list.add")
    #expect(F.form(harness) != nil)
    harness.type(code.lowercased())
    #expect(F.form(harness)?.value(.uscc) == code)
    harness.press("form.next")
    harness.type("鞍山测试环保科技有限公司")
    harness.press(keys: "<Tab> <Tab>")
    harness.press(keys: "<Enter> <Enter>")  // open the district list, choose the first
    #expect(F.form(harness)?.value(.district).isEmpty == false)
    harness.press("form.save")
    let id = EnterpriseID(code)
    #expect(harness.store.state.enterprises[id]?.name == "鞍山测试环保科技有限公司")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.kind == .success)
    #expect(harness.state.enterprises.records.contains { $0.id == id })
    #expect(harness.state.enterprises.selected?.id == id)
    #expect(harness.screen.text.contains("鞍山测试环保科技有限公司"))
  }

  @Test func editRecordsOnlyTheChangedField() {
    let harness = F.harness()
    guard let selected = harness.state.enterprises.selected else {
      Issue.record("the demo list is empty")
      return
    }
    harness.press("list.edit")
    #expect(F.form(harness)?.form.focused?.id == "name")
    harness.press("form.previous")  // wraps to the notes, the last field
    harness.type("复查")
    harness.press("form.save")
    guard case .enterprise(.edited(let id, let fields, _))? = harness.store.events.last?.change
    else {
      Issue.record("no edit was recorded")
      return
    }
    #expect(id == selected.id)
    #expect(fields == [.notes((selected.enterprise.notes + "复查").trimmingSpacesForTest)])
    #expect(F.form(harness) == nil)
    #expect(harness.state.enterprises.selected?.id == selected.id)
  }

  @Test func editWithoutChangesSavesNothing() {
    let harness = F.harness()
    harness.press("list.edit")
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.text == Strings(.zh)[.formNothingChanged])
  }

  @Test func saveWithProblemsRefusesAndFocusesTheFirst() {
    let harness = F.harness()
    let bad = F.badCode(F.newBody)
    harness.press("list.add")
    harness.press("form.next")
    harness.type("临时")
    harness.press(keys: "<C-u>")  // the name is empty again
    harness.press("form.previous")
    harness.type(bad.code)
    #expect(F.form(harness)?.form["uscc"]?.error?.contains(String(bad.expected)) == true)
    harness.press(keys: "<Tab>")
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    let form = F.form(harness)
    #expect(form?.form.focused?.id == "uscc")
    #expect(form?.form["name"]?.error != nil)
    #expect(form?.form["district"]?.error != nil)
    #expect(form?.form.summaryIsError == true)
  }

  @Test func aRegisteredCodeIsAProblemAtOnce() {
    let harness = F.harness()
    guard let existing = harness.state.enterprises.selected else {
      Issue.record("the demo list is empty")
      return
    }
    harness.press("list.add")
    harness.type(existing.uscc)
    #expect(F.form(harness)?.form["uscc"]?.error?.contains(existing.name) == true)
  }

  @Test func aRefusedSaveKeepsTheFormWithTheReason() throws {
    let harness = F.harness()
    let code = F.code(F.newBody)
    harness.press("list.add")
    harness.type(code)
    harness.press("form.next")
    harness.type("先登记的企业")
    harness.press(keys: "<Tab> <Tab> <Enter> <Enter>")
    // Someone else registers the code first: the store refuses, the app's copy did not know.
    _ = try harness.store.make(
      .enterprise(.register(EnterpriseDraft(uscc: code, name: "别处登记", district: "铁东区"))),
      by: .system, at: harness.state.now)
    harness.press("form.save")
    let form = F.form(harness)
    #expect(form != nil)
    #expect(form?.form.summary?.contains("别处登记") == true)
    #expect(form?.value(.name) == "先登记的企业")
    #expect(harness.store.state.enterprises[EnterpriseID(code)]?.name == "别处登记")
  }

  @Test func escapeAsksBeforeDiscardingEdits() {
    let harness = F.harness()
    harness.press("list.add")
    harness.press("form.cancel")
    #expect(harness.state.overlay == nil)
    harness.press("list.add")
    harness.type("9121")
    harness.press("form.cancel")
    #expect(F.form(harness)?.discardQuestion != nil)
    harness.press(keys: "n")
    #expect(F.form(harness)?.discardQuestion == nil)
    #expect(F.form(harness)?.value(.uscc) == "9121")
    harness.press("form.cancel")
    harness.press(keys: "y")
    #expect(harness.state.overlay == nil)
    #expect(harness.store.events.isEmpty)
  }

  @Test func aNonClerkIsToldWhyInsteadOfAForm() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .en)
    harness.press("list.add")
    #expect(harness.state.overlay == nil)
    #expect(harness.state.message?.kind == .error)
    harness.press("list.edit")
    #expect(harness.state.overlay == nil)
  }

  @Test func aReadOnlyWorkspaceSaysSo() {
    let harness = AppHarness(
      options: LaunchOptions(operatorID: F.clerkID, readOnly: true, demo: true))
    harness.press("list.add")
    #expect(harness.state.overlay == nil)
    #expect(harness.state.message?.text == Strings(.zh)[.formReadOnly])
  }
}

extension String {
  /// The text without spaces at either end, as the domain stores it.
  fileprivate var trimmingSpacesForTest: String {
    var result = Substring(self)
    while result.first == " " { result.removeFirst() }
    while result.last == " " { result.removeLast() }
    return String(result)
  }
}
