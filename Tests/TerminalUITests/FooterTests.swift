import Foundation
import TerminalUI
import Testing

/// The footer keeps pinned hints (help) at the right end when the others do not all fit.
@Suite struct FooterTests {
  @Test func pinnedHintStaysAtTheRightWhenOthersOverflow() {
    let bindings = WidgetSnapshotTests.bindings
    let help = bindings.filter { $0.command == "help" }
    var buffer = Buffer(size: Size(width: 30, height: 1))
    Footer.render(into: &buffer, area: buffer.bounds, bindings: bindings, pinned: help)
    let row = buffer.rowText(0)
    #expect(row.hasSuffix("? 帮助"))
    #expect(row.hasPrefix("j 下移"))
    #expect(row.components(separatedBy: "帮助").count == 2)
  }

  @Test func withoutRoomForThePinnedHintTheRowIsPlain() {
    let bindings = WidgetSnapshotTests.bindings
    var buffer = Buffer(size: Size(width: 7, height: 1))
    Footer.render(
      into: &buffer, area: buffer.bounds, bindings: bindings,
      pinned: bindings.filter { $0.command == "help" })
    #expect(buffer.rowText(0).hasPrefix("j 下移"))
  }
}

/// Keys an inner scope takes do not show again for an outer scope's binding.
@Suite struct ActiveBindingsTests {
  @Test func innerScopesShadowOuterKeys() {
    let map = KeyMap(bindings: [
      KeyBinding(
        command: "detail.back", keys: [.character("q"), .escape], hint: "返回", description: "",
        scope: "detail"),
      KeyBinding(
        command: "quit", keys: [.character("q"), .control("c")], hint: "退出", description: "",
        scope: "global"),
      KeyBinding(
        command: "escape.global", keys: [.escape], hint: "x", description: "", scope: "global"),
    ])
    let active = map.activeBindings(scopes: ["detail", "global"], flags: [])
    #expect(active.map(\.command) == ["detail.back", "quit"])
    #expect(active[1].keys == [.control("c")])
    #expect(map.activeBindings(scopes: ["global"], flags: []).count == 2)
  }
}
