import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

@Suite struct ReducerTests {
  func makeState(unsaved: Bool = false) -> AppState {
    let context = AppLauncher.prepare(
      options: LaunchOptions(language: .en, demo: true, today: "2025-06-30"), environment: [:],
      size: Size(width: 80, height: 24), workspace: AppHarness.demoWorkspace)
    var state = context.state
    state.hasUnsavedChanges = unsaved
    return state
  }

  @Test func tabsWrapAroundBothWays() {
    var state = makeState()
    #expect(AppReducer.reduce(&state, .commandInvoked(.previousPane)).isEmpty)
    #expect(state.activePane == .statistics)
    _ = AppReducer.reduce(&state, .commandInvoked(.nextPane))
    #expect(state.activePane == .enterprises)
    _ = AppReducer.reduce(&state, .commandInvoked(.showReferrals))
    #expect(state.activePane == .referrals)
  }

  @Test func quitWithNothingUnsavedQuitsAtOnce() {
    var state = makeState()
    let effects = AppReducer.reduce(&state, .commandInvoked(.quit))
    #expect(effects == [.quit])
    #expect(state.isQuitting)
    #expect(state.overlay == nil)
  }

  @Test func quitWithUnsavedChangesAsksAndNoKeepsWorking() {
    var state = makeState(unsaved: true)
    #expect(AppReducer.reduce(&state, .commandInvoked(.quit)).isEmpty)
    guard case .confirmQuit(let dialog) = state.overlay else {
      Issue.record("expected the quit confirmation")
      return
    }
    #expect(dialog.buttons == ["Yes", "No"])
    #expect(state.activeScopes == [AppScope.dialog])
    #expect(AppReducer.reduce(&state, .commandInvoked(.answerNo)).isEmpty)
    #expect(state.overlay == nil)
    #expect(!state.isQuitting)
    _ = AppReducer.reduce(&state, .commandInvoked(.quit))
    #expect(AppReducer.reduce(&state, .commandInvoked(.answerYes)) == [.quit])
    #expect(state.isQuitting)
  }

  @Test func selectionMovesAndStaysInRange() {
    var state = makeState()
    let count = state.enterprises.order.count
    _ = AppReducer.reduce(&state, .commandInvoked(.moveUp))
    #expect(state.enterprises.table.selectedIndex == 0)
    _ = AppReducer.reduce(&state, .commandInvoked(.moveDown))
    #expect(state.enterprises.table.selectedIndex == 1)
    #expect(state.enterprises.table.selectedID == state.enterprises.record(atRow: 1)?.id.raw)
    _ = AppReducer.reduce(&state, .commandInvoked(.moveToLast))
    #expect(state.enterprises.table.selectedIndex == count - 1)
    _ = AppReducer.reduce(&state, .commandInvoked(.moveDown))
    #expect(state.enterprises.table.selectedIndex == count - 1)
  }

  @Test func sortingKeepsTheSelectedRecord() {
    var state = makeState()
    _ = AppReducer.reduce(&state, .commandInvoked(.moveDown))
    _ = AppReducer.reduce(&state, .commandInvoked(.moveDown))
    let selected = state.enterprises.selected?.id
    _ = AppReducer.reduce(&state, .commandInvoked(.sortNextColumn))
    _ = AppReducer.reduce(&state, .commandInvoked(.reverseSort))
    #expect(state.enterprises.sort?.ascending == false)
    #expect(state.enterprises.selected?.id == selected)
    let names = state.enterprises.order.map { state.enterprises.records[$0].name }
    #expect(names == names.sorted(by: >))
  }

  @Test func commandLineSwitchesPaneAndReportsUnknownCommands() {
    var state = makeState()
    #expect(CommandLineReducerProbe.run("pane cases", on: &state).isEmpty)
    #expect(state.activePane == .cases)
    _ = CommandLineReducerProbe.run("pane 案件", on: &state)
    #expect(state.activePane == .cases)
    _ = CommandLineReducerProbe.run("frobnicate", on: &state)
    #expect(state.message?.kind == .error)
    #expect(state.message?.text == "Unknown command: frobnicate (Tab lists the commands)")
    #expect(CommandLineReducerProbe.run("theme light", on: &state) == [.applyTheme("light")])
    _ = CommandLineReducerProbe.run("theme nope", on: &state)
    #expect(state.message?.text.hasPrefix("No such theme: nope") == true)
  }

  @Test func resizeKeepsSelectionVisibleAndRedraws() {
    var state = makeState()
    _ = AppReducer.reduce(&state, .commandInvoked(.moveToLast))
    let effects = AppReducer.reduce(&state, .terminalResized(Size(width: 40, height: 12)))
    #expect(effects == [.redrawScreen])
    let table = state.enterprises.table
    let visible = EnterprisesPaneView.visibleRowCount(for: state)
    #expect(table.selectedIndex >= table.scrollOffset)
    #expect(table.selectedIndex < table.scrollOffset + visible)
  }
}

/// Runs command lines the way the `:` prompt does.
enum CommandLineReducerProbe {
  static func run(_ text: String, on state: inout AppState) -> [Effect] {
    _ = AppReducer.reduce(&state, .commandInvoked(.commandLine))
    for character in text { _ = AppReducer.reduce(&state, .keyTyped(.character(character))) }
    return AppReducer.reduce(&state, .commandInvoked(.runCommand))
  }
}
