import CaseDeskApp
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The form as the screen shows it: add, errors, edit, pick list and discard question, at
/// 80×24 and 40×12 in both languages.
@Suite struct EnterpriseFormSnapshotTests {
  typealias F = EnterpriseFormFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
  static let cases = sizes.flatMap { size in [Language.zh, .en].map { (size, $0) } }

  @Test(arguments: cases)
  func addFormEmpty(size: Size, language: Language) {
    let harness = F.harness(size: size, language: language)
    harness.press("list.add")
    Snapshot.assertMatches(harness.screen, named: "form-add-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func addFormWithErrors(size: Size, language: Language) {
    let harness = F.harness(size: size, language: language)
    harness.press("list.add")
    harness.type(F.badCode(F.newBody).code)
    harness.press("form.save")
    Snapshot.assertMatches(harness.screen, named: "form-errors-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func editForm(size: Size, language: Language) {
    let harness = F.harness(size: size, language: language)
    harness.press("list.edit")
    Snapshot.assertMatches(harness.screen, named: "form-edit-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func pickListOpen(size: Size, language: Language) {
    let harness = F.harness(size: size, language: language)
    harness.press("list.add")
    harness.press(keys: "<Tab> <Tab> <Tab> <Enter>")
    Snapshot.assertMatches(harness.screen, named: "form-picklist-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func discardQuestion(size: Size, language: Language) {
    let harness = F.harness(size: size, language: language)
    harness.press("list.edit")
    harness.type("有限")
    harness.press("form.cancel")
    Snapshot.assertMatches(harness.screen, named: "form-discard-\(size)-\(language)")
  }
}
