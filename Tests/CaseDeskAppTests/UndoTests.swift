import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// `u`: the operator's last change undone as a new, recorded compensating change.
@Suite struct UndoTests {
  static let clerk = AppHarness.demoWorkspace.state.staff.values
    .filter { $0.roles.contains(.clerk) }.sorted { $0.id < $1.id }

  func clerkHarness() throws -> AppHarness {
    let clerk = try #require(Self.clerk.first)
    return AppHarness(options: LaunchOptions(operatorID: clerk.id.raw, demo: true))
  }

  /// Suspends the first listed entry through the store, as a saved form would.
  func suspendFirst(in harness: AppHarness, by actor: Actor) throws -> EnterpriseID {
    harness.press("pane.positive")
    let row = try #require(harness.state.positiveList.records.first)
    let events = try harness.store.make(
      .positiveList(.suspend(row.id, PositiveListEntry.Reason(kind: .request, text: "企业申请"))),
      by: actor, at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    return row.id
  }

  @Test func undoPutsTheRecordBackAsANewChange() throws {
    let harness = try clerkHarness()
    let id = try suspendFirst(in: harness, by: harness.state.actor)
    #expect(harness.state.domain.positiveList[id]?.status == .suspended)
    let journalBefore = harness.store.history(of: .positiveListEntry(id)).count
    harness.press("app.undo")
    #expect(harness.state.domain.positiveList[id]?.status == .listed)
    #expect(harness.state.positiveList.records.contains { $0.id == id })
    #expect(harness.state.message?.kind == .success)
    // Nothing is deleted: the undo is one more entry in the record's history.
    #expect(harness.store.history(of: .positiveListEntry(id)).count == journalBefore + 1)
    // Undoing twice does not undo the undo.
    harness.press("app.undo")
    #expect(harness.state.domain.positiveList[id]?.status == .listed)
    #expect(harness.state.message?.kind == .info)
  }

  @Test func someoneElsesChangeIsNotTheOperatorsToUndo() throws {
    let harness = try clerkHarness()
    let other = try #require(Self.clerk.dropFirst().first)
    let id = try suspendFirst(in: harness, by: .staff(other.id))
    harness.press("app.undo")
    #expect(harness.state.domain.positiveList[id]?.status == .suspended)
    #expect(harness.state.message?.kind == .info)
  }

  @Test func aRecordChangedSinceCannotBeUndone() throws {
    let harness = try clerkHarness()
    let other = try #require(Self.clerk.dropFirst().first)
    let id = try suspendFirst(in: harness, by: harness.state.actor)
    let events = try harness.store.make(
      .positiveList(.restore(id, note: "已整改", nextReviewOn: nil)), by: .staff(other.id),
      at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    harness.press("app.undo")
    #expect(harness.state.domain.positiveList[id]?.status == .listed)
    #expect(harness.state.message?.kind == .error)
    #expect(harness.store.state.positiveList[id]?.history.last?.kind == .restored)
  }
}
