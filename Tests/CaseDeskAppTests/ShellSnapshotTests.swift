import CaseDeskApp
import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct ShellSnapshotTests {
  @Test(arguments: [Language.zh, .en])
  func enterprisesAt80x24(_ language: Language) {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: language)
    Snapshot.assertMatches(harness.screen, named: "shell-enterprises-80x24-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func enterprisesAt40x12(_ language: Language) {
    let harness = AppHarness(size: Size(width: 40, height: 12), language: language)
    Snapshot.assertMatches(harness.screen, named: "shell-enterprises-40x12-\(language)")
  }

  @Test func wideScreenShowsDetailBesideTheList() {
    let harness = AppHarness(size: Size(width: 140, height: 30), language: .zh)
    harness.press("list.down")
    Snapshot.assertMatches(harness.screen, named: "shell-enterprises-140x30-zh")
  }

  @Test func detailOpensOnEnterAndClosesOnEscape() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .zh)
    harness.press("list.open")
    #expect(harness.state.enterprises.isDetailOpen)
    Snapshot.assertMatches(harness.screen, named: "shell-detail-80x24-zh")
    harness.press(keys: "<Esc>")
    #expect(!harness.state.enterprises.isDetailOpen)
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
  func placeholderPane(_ size: Size) {
    let harness = AppHarness(size: size, language: .zh)
    harness.press("pane.service")
    Snapshot.assertMatches(harness.screen, named: "shell-service-placeholder-\(size)-zh")
  }

  @Test func tooSmallTerminalSaysSoUntilItGrows() {
    let harness = AppHarness(size: Size(width: 30, height: 10), language: .en)
    Snapshot.assertMatches(harness.screen, named: "shell-too-small-30x10-en")
    harness.resize(to: Size(width: 80, height: 24))
    #expect(harness.screen.text.contains("Enterprises"))
    #expect(!harness.screen.text.contains("too small"))
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
  func helpOverlayListsTheLiveKeyMap(_ size: Size) {
    let harness = AppHarness(size: size, language: .en)
    harness.press("app.help")
    Snapshot.assertMatches(harness.screen, named: "shell-help-\(size)-en")
  }

  @Test func helpSearchFiltersBindings() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .en)
    harness.press("app.help")
    harness.type("sort")
    let text = harness.screen.text
    #expect(text.contains("Sort by the next column"))
    #expect(!text.contains("Open the command line"))
    Snapshot.assertMatches(harness.screen, named: "shell-help-search-80x24-en")
  }

  @Test func commandLineCompletesCommandNames() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .en)
    harness.press("app.commandLine")
    harness.type("pa")
    harness.press("commandLine.complete")
    #expect(harness.screen.rowText(22).hasPrefix(":pane "))
    harness.type("ca")
    harness.press("commandLine.complete")
    harness.press("commandLine.run")
    #expect(harness.state.activePane == .cases)
  }

  @Test func commandLineShowsCandidatesWhenSeveralMatch() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .en)
    harness.press("app.commandLine")
    harness.press("commandLine.complete")
    Snapshot.assertMatches(harness.screen, named: "shell-command-completion-80x24-en")
  }

  @Test func quitConfirmationWhenUnsaved() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .zh) {
      $0.hasUnsavedChanges = true
    }
    harness.press("app.quit")
    Snapshot.assertMatches(harness.screen, named: "shell-quit-confirm-80x24-zh")
  }

  @Test func movingTheSelectionSendsOnlyTheTwoChangedRows() {
    // 80×19 has no detail area under the list, so only the list rows may change.
    let harness = AppHarness(size: Size(width: 80, height: 19), language: .zh)
    harness.press("list.down")
    harness.press("list.down")
    let rows = Set(harness.backend.lastChanges.map(\.y))
    // Row 2 is the box top, row 3 the header; records start at row 4.
    #expect(rows == [5, 6], "rows sent: \(rows.sorted())")
    #expect(harness.backend.lastChanges.count <= 2 * 80)
  }

  @Test func movingTheSelectionWithTheDetailBelowSendsListAndDetailRowsOnly() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .zh)
    harness.press("list.down")
    let rows = Set(harness.backend.lastChanges.map(\.y))
    let detailRows = Set(14..<22)
    #expect(rows.subtracting(detailRows) == [4, 5], "rows sent: \(rows.sorted())")
  }
}
