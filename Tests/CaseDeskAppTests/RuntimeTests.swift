import CaseDeskApp
import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct RuntimeTests {
  @Test func themeSwitchesLiveFromTheCommandLine() {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .en)
    #expect(harness.runtime.theme.name == "default")
    harness.press("app.commandLine")
    harness.type("theme light")
    harness.press("commandLine.run")
    #expect(harness.runtime.theme.name == "light")
    #expect(harness.state.themeName == "light")
    #expect(harness.state.message == Message(kind: .success, text: "Theme is now light"))
    // A theme change repaints every cell (a wide character once for its two columns).
    let drawable = harness.screen.cells.filter { !$0.isContinuation }.count
    #expect(harness.backend.lastChanges.count == drawable)
  }

  @Test func unknownThemeAtStartFallsBackToDefaultWithAMessage() {
    let harness = AppHarness(
      size: Size(width: 80, height: 24), language: .en,
      options: LaunchOptions(themeName: "nope", demo: true))
    #expect(harness.runtime.theme.name == "default")
    #expect(harness.state.message?.kind == .error)
    #expect(harness.state.message?.text.contains("nope") == true)
  }

  @Test func unknownOperatorOpensAsViewerAndSaysSo() {
    let harness = AppHarness(
      size: Size(width: 80, height: 24), language: .en,
      options: LaunchOptions(operatorID: "ghost", demo: true))
    #expect(harness.state.operatorInfo.role == .viewer)
    #expect(
      harness.state.message?.text
        == "Operator ghost is not on the staff list; opened as a viewer")
  }

  @Test func headlessRunFeedsKeysAndDumpsTheFinalScreen() throws {
    let context = AppLauncher.prepare(
      options: LaunchOptions(language: .en, demo: true, today: "2025-06-30"), environment: [:],
      size: Size(width: 100, height: 30), workspace: AppHarness.demoWorkspace)
    let keys = try Key.parseSequence(":pane<Space>referrals<Enter>")
    let (screen, runtime) = HeadlessRunner.run(
      context: context, size: Size(width: 100, height: 30), keys: keys, styles: true)
    #expect(runtime.state.activePane == .referrals)
    #expect(screen.hasPrefix("size 100x30"))
    #expect(screen.contains("[6 Referrals]"))
    #expect(screen.contains("styles "))
    #expect(screen.contains("=tab.active"))
  }

  @Test func quitKeyEndsTheRunLoop() throws {
    let context = AppLauncher.prepare(
      options: LaunchOptions(language: .en, demo: true), environment: [:],
      size: Size(width: 80, height: 24), workspace: AppHarness.demoWorkspace)
    // Keys after `q` are never read.
    let (_, runtime) = HeadlessRunner.run(
      context: context, size: Size(width: 80, height: 24), keys: try Key.parseSequence("j q j j"),
      styles: false)
    #expect(runtime.state.isQuitting)
    #expect(runtime.state.enterprises.table.selectedIndex == 1)
  }

  /// Thousands of random keys, resizes included, never crash and keep the state sound.
  @Test func randomKeysNeverBreakTheApp() {
    var generator = SeededGenerator(seed: 20_261_129)
    let pool: [Key] =
      [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home,
        .end, .pageUp, .pageDown, .function(1), .control("c"), .control("l"), .control("u"),
        .character(" "), .character("钢"), .character("/"),
      ] + "jkgGsSq?:123456789abcxyzhlny".map { Key.character($0) }
    let sizes = [
      Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 20, height: 5),
      Size(width: 200, height: 60), Size(width: 1, height: 1),
    ]
    for round in 0..<20 {
      let harness = AppHarness(
        size: sizes[round % sizes.count], language: round % 2 == 0 ? .zh : .en)
      for _ in 0..<300 {
        if harness.state.isQuitting { break }
        if generator.next() % 40 == 0 {
          harness.resize(to: sizes[generator.below(sizes.count)])
        } else {
          harness.press(pool[generator.below(pool.count)])
        }
        let list = harness.state.enterprises
        #expect(list.order.isEmpty || list.order.indices.contains(list.table.selectedIndex))
        #expect(harness.screen.size == harness.state.size)
      }
    }
  }
}
