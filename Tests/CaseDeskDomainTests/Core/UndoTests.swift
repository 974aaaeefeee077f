import Testing

@testable import CaseDeskDomain

private typealias F = CaseFixture

@Suite struct UndoTests {
  @Test func undoIsANewEventThatPutsTheRecordsBack() throws {
    var f = CaseFixture()
    let id = try f.filed()
    let before = f.state
    let token = try Domain.performUndoable(
      .enforcementCase(.startInvestigation(id, officers: [F.officer1, F.officer2])),
      by: .staff(F.officer1), at: f.now, on: &f.state)
    #expect(f.state.cases[id]?.stage == .investigation)
    let events = try Domain.perform(.undo(token), by: .staff(F.officer1), at: f.now, on: &f.state)
    #expect(events.count == 1)
    guard case .undo(.recordsRestored(let snapshots, let undone)) = events[0].change else {
      Issue.record("expected a compensating event")
      return
    }
    #expect(snapshots.map(\.ref) == [.enforcementCase(id)])
    #expect(undone.count == 1 && !undone[0].zh.isEmpty)
    #expect(f.state.cases == before.cases)
    // Nothing was deleted: two more events were applied, not fewer.
    #expect(f.state.appliedEvents == before.appliedEvents + 2)
    #expect(events[0].change.summary.en.hasPrefix("Undone: "))
  }

  @Test func undoingACreationRemovesTheRecordButKeepsItsNumberUsed() throws {
    var f = CaseFixture()
    let token = try Domain.performUndoable(
      .enforcementCase(.openCase(F.opening)), by: .staff(F.officer1), at: f.now, on: &f.state)
    let created = try #require(f.state.cases.keys.first)
    try Domain.perform(.undo(token), by: .staff(F.officer1), at: f.now, on: &f.state)
    #expect(f.state.cases[created] == nil)
    // A new case never reuses the undone case's id.
    let again = try f.open()
    #expect(again != created)
  }

  @Test func onlyTheOperatorWhoActedMayUndo() throws {
    var f = CaseFixture()
    let id = try f.filed()
    let token = try Domain.performUndoable(
      .enforcementCase(.startInvestigation(id, officers: [F.officer1, F.officer2])),
      by: .staff(F.officer1), at: f.now, on: &f.state)
    do {
      _ = try Domain.execute(.undo(token), by: .staff(F.officer2), at: f.now, in: f.state)
      Issue.record("another officer undid the action")
    } catch {
      #expect(error.kind == .notPermitted)
    }
  }

  @Test func undoIsRefusedWhenTheRecordChangedSince() throws {
    var f = CaseFixture()
    let id = try f.filed()
    let token = try Domain.performUndoable(
      .enforcementCase(.startInvestigation(id, officers: [F.officer1, F.officer2])),
      by: .staff(F.officer1), at: f.now, on: &f.state)
    try f.run(
      .recordEvidence(
        id,
        EvidenceRecord(
          kind: .onSiteRecord, documentNumber: "勘-1", madeOn: f.today, summary: "现场检查笔录")),
      by: F.officer2)
    do {
      _ = try Domain.execute(.undo(token), by: .staff(F.officer1), at: f.now, in: f.state)
      Issue.record("undo overwrote a later change")
    } catch {
      #expect(error.kind == .ruleViolated)
      #expect(error.message.en.contains("changed since"))
    }
  }

  @Test func anArchivedCaseCannotBeUndoneIntoLife() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    try f.run(
      .decide(id, .noPenaltyNotEstablished(reasons: "证据不足"), documentNumber: "d"), by: F.approver)
    try f.run(.recordService(id, servedOn: f.today, way: .inPerson), by: F.officer1)
    try f.run(.closeCase(id), by: F.approver)
    let token = try Domain.performUndoable(
      .enforcementCase(.archiveCase(id)), by: .staff(F.clerk), at: f.now, on: &f.state)
    do {
      _ = try Domain.execute(.undo(token), by: .staff(F.clerk), at: f.now, in: f.state)
      Issue.record("an archived case was changed by undo")
    } catch {
      #expect(error.kind == .readOnly)
    }
  }

  @Test func replayingAnUndoReproducesTheState() throws {
    var f = CaseFixture()
    let id = try f.filed()
    let start = f.state
    var events: [Event] = []
    let token = try Domain.performUndoable(
      .enforcementCase(.startInvestigation(id, officers: [F.officer1, F.officer2])),
      by: .staff(F.officer1), at: f.now, on: &f.state)
    events += token.events
    events += try Domain.perform(.undo(token), by: .staff(F.officer1), at: f.now, on: &f.state)
    var replayed = start
    try replayed.apply(events)
    #expect(replayed == f.state)
  }
}

@Suite struct ReplayTests {
  @Test func replayingEventsGivesTheSameStateAsApplyingThem() throws {
    var f = CaseFixture()
    _ = try f.served()
    var replayed = CaseFixture().state
    for event in f.events { try replayed.replay(event) }
    #expect(replayed == f.state)
  }
}
