import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct HistoryTests {
  /// A harness whose selected enterprise was edited twice through the in-memory store.
  func editedHarness(_ size: Size, _ language: Language, edits: Int = 2) throws -> (
    AppHarness, EnterpriseID
  ) {
    let harness = AppHarness(size: size, language: language)
    let row = try #require(harness.state.enterprises.selected)
    let clerk = try #require(
      harness.state.domain.staff.values.sorted { $0.id < $1.id }.first { $0.roles.contains(.clerk) }
    )
    let actor = Actor.staff(clerk.id)
    let time = harness.state.now
    for (index, notes) in ["第一次修改", "第二次修改", "第三次修改"].prefix(edits).enumerated() {
      let events = try harness.store.make(
        .enterprise(.edit(row.id, [.notes(notes), .contactPhone("0412-12345\(index)")])),
        by: actor, at: time.adding(seconds: Int64(index) * 3600))
      harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    }
    return (harness, row.id)
  }

  @Test(arguments: [Language.zh, .en])
  func historyAt80x24(_ language: Language) throws {
    let (harness, id) = try editedHarness(Size(width: 80, height: 24), language)
    harness.press("record.history")
    guard case .history(let history) = harness.state.overlay else {
      Issue.record("no history open")
      return
    }
    #expect(history.record == .enterprise(id))
    #expect(history.entries?.count == 2)
    Snapshot.assertMatches(harness.screen, named: "history-80x24-\(language)")
    harness.press("history.close")
    #expect(harness.state.overlay == nil)
  }

  @Test(arguments: [Language.zh, .en])
  func historyAt40x12(_ language: Language) throws {
    let (harness, _) = try editedHarness(Size(width: 40, height: 12), language, edits: 3)
    harness.press("record.history")
    Snapshot.assertMatches(harness.screen, named: "history-40x12-\(language)")
    harness.press("history.pageDown")
    guard case .history(let history) = harness.state.overlay else { return }
    #expect(history.scrollOffset > 0)
  }

  @Test func newestEntryIsListedFirst() throws {
    let (harness, _) = try editedHarness(Size(width: 80, height: 24), .en)
    harness.press("record.history")
    let text = Snapshot.render(harness.screen, styles: false)
    let second = try #require(text.range(of: "13:00"))
    let first = try #require(text.range(of: "12:00"))
    #expect(second.lowerBound < first.lowerBound)
  }

  @Test func entriesForAnotherRecordAreIgnored() throws {
    var state = AppHarness(language: .en).state
    state.overlay = .history(HistoryState(record: .enterprise(EnterpriseID("X")), title: "X"))
    _ = AppReducer.reduce(&state, .historyLoaded(.enterprise(EnterpriseID("Y")), []))
    guard case .history(let history) = state.overlay else { return }
    #expect(history.entries == nil)
  }
}
