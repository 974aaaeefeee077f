import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import Foundation
import TerminalUI
import Testing

/// `E`/`:export` and `:import` in the app, on files in a temporary directory.
@Suite struct ExchangeFlowTests {
  let directory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casedesk-exchange-\(UUID().uuidString)"
    ).path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func clerkHarness() -> AppHarness {
    let clerk = AppHarness.demoWorkspace.state.staff.values.filter { $0.roles.contains(.clerk) }
      .sorted { $0.id < $1.id }.first
    return AppHarness(options: LaunchOptions(operatorID: clerk?.id.raw, demo: true))
  }

  @Test func exportWritesExactlyTheFilteredRowsWithABOM() throws {
    let harness = AppHarness()
    harness.press("list.filter")
    harness.type("鞍山")
    harness.press("filter.accept")
    let shown = harness.state.enterprises.order.count
    let path = directory + "/shown.csv"
    harness.press("app.commandLine")
    harness.type("export " + path)
    harness.press("commandLine.run")
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == shown + 1)
    #expect(harness.state.message?.kind == .success)
  }

  @Test func exportThenImportWithUpdateChangesOnlyTheEditedName() throws {
    let harness = clerkHarness()
    let target = harness.state.enterprises.records[3]
    harness.press("list.mark")
    harness.press(keys: "j j j")
    harness.press("list.mark")
    let path = directory + "/marked.csv"
    harness.press("app.commandLine")
    harness.type("export " + path)
    harness.press("commandLine.run")
    var text = String(
      decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    #expect(text.contains(target.uscc))
    text = text.replacingOccurrences(of: target.name, with: target.name + "（新）")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    harness.press("app.commandLine")
    harness.type("import " + path)
    harness.press("commandLine.run")
    // Without --update an existing USCC is refused and nothing changes.
    #expect(harness.state.message?.kind == .error)
    #expect(harness.store.events.isEmpty)
    harness.press("app.commandLine")
    harness.type("import " + path + " --update")
    harness.press("commandLine.run")
    #expect(harness.store.state.enterprises[target.id]?.name == target.name + "（新）")
    #expect(harness.store.events.count == 1)
    #expect(harness.state.message?.kind == .success)
  }

  @Test func longWorkShowsAProgressBarOnTheMessageRow() {
    let harness = AppHarness { state in
      state.progress = WorkProgress(title: "正在导入 a.csv", done: 500, total: 1000)
    }
    let row = harness.screen.rowText(harness.screen.size.height - 2)
    #expect(row.contains("正在导入 a.csv 500/1000"))
    #expect(WorkProgress(title: "", done: 5, total: 0).fraction == 0)
    #expect(WorkProgress(title: "", done: 7, total: 4).fraction == 1)
  }

  @Test func anImportEndsWithoutAProgressBar() throws {
    let harness = clerkHarness()
    let path = directory + "/one.csv"
    harness.press("list.mark")
    harness.press("app.commandLine")
    harness.type("export " + path)
    harness.press("commandLine.run")
    harness.press("app.commandLine")
    harness.type("import " + path + " --update")
    harness.press("commandLine.run")
    #expect(harness.state.progress == nil)
    #expect(harness.state.message?.kind == .success)
  }
}
