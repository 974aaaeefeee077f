import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct StatusCardTests {
  func harness(_ size: Size, _ language: Language, enterprise: EnterpriseID) -> AppHarness {
    AppHarness(size: size, language: language) {
      $0.overlay = .statusCard(StatusCardState(enterprise: enterprise))
    }
  }

  @Test(arguments: [Language.zh, .en])
  func cardAt80x24(_ language: Language) throws {
    let id = try #require(StatusCardSamples.overdue)
    let harness = harness(Size(width: 80, height: 24), language, enterprise: id)
    Snapshot.assertMatches(harness.screen, named: "status-card-80x24-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func cardAt40x12ScrollsToItsEnd(_ language: Language) throws {
    let id = try #require(StatusCardSamples.overdue)
    let harness = harness(Size(width: 40, height: 12), language, enterprise: id)
    Snapshot.assertMatches(harness.screen, named: "status-card-40x12-\(language)")
    for _ in 0..<40 { harness.press("statusCard.down") }
    guard case .statusCard(let card) = harness.state.overlay else {
      Issue.record("the card closed")
      return
    }
    #expect(card.scrollOffset > 0)
    Snapshot.assertMatches(harness.screen, named: "status-card-40x12-end-\(language)")
  }

  @Test func quietCardSaysNone() throws {
    let id = try #require(StatusCardSamples.quiet)
    let harness = harness(Size(width: 80, height: 24), .en, enterprise: id)
    Snapshot.assertMatches(harness.screen, named: "status-card-quiet-80x24-en")
  }

  @Test func iOpensTheSelectedEnterprisesCardAndEscapeClosesIt() throws {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: .zh)
    let selected = try #require(harness.state.enterprises.selected)
    harness.press("record.statusCard")
    #expect(harness.state.overlay == .statusCard(StatusCardState(enterprise: selected.id)))
    #expect(harness.state.activeScopes == [AppScope.statusCard])
    harness.press(keys: "<Esc>")
    #expect(harness.state.overlay == nil)
    harness.press(keys: "i q")
    #expect(harness.state.overlay == nil)
    #expect(!harness.state.isQuitting)
  }

  @Test func enterOnACaseLineJumpsToTheCasesPane() throws {
    let id = try #require(StatusCardSamples.overdue)
    let harness = harness(Size(width: 80, height: 24), .zh, enterprise: id)
    let lines = StatusCardState(enterprise: id).lines(in: harness.state)
    let selectable = StatusCardState.selectableIndices(lines)
    let position = try #require(selectable.firstIndex { lines[$0].target?.pane == .cases })
    let target = try #require(lines[selectable[position]].target)
    for _ in 0..<position { harness.press("statusCard.down") }
    harness.press("statusCard.open")
    #expect(harness.state.overlay == nil)
    #expect(harness.state.activePane == .cases)
    guard case .enforcementCase(let caseID) = target else {
      Issue.record("not a case: \(target)")
      return
    }
    // The cases pane takes the focus at once: the case is selected, nothing is left pending.
    #expect(harness.state.cases.selected?.id == caseID)
    #expect(harness.state.pendingFocus == nil)
  }

  @Test func upAndDownMoveBetweenRecordLinesOnly() throws {
    let id = try #require(StatusCardSamples.overdue)
    let harness = harness(Size(width: 80, height: 24), .en, enterprise: id)
    harness.press("statusCard.up")
    guard case .statusCard(let top) = harness.state.overlay else { return }
    #expect(top.selection == 0)
    harness.press("statusCard.down")
    guard case .statusCard(let next) = harness.state.overlay else { return }
    #expect(next.selection == 1)
  }
}

/// The card's query runs when it opens and when the records change, not on every frame.
@Suite struct StatusCardCacheTests {
  @Test func theOpenCardFollowsAChangeToTheRecords() throws {
    let clerk = AppHarness.demoWorkspace.state.staff.values.filter { $0.roles.contains(.clerk) }
      .sorted { $0.id < $1.id }.first
    let harness = AppHarness(options: LaunchOptions(operatorID: clerk?.id.raw, demo: true))
    let selected = try #require(harness.state.enterprises.selected)
    harness.press("record.statusCard")
    guard case .statusCard(let before) = harness.state.overlay else {
      Issue.record("no status card")
      return
    }
    let district = before.lines(in: harness.state).map(\.text).joined()
    #expect(district.contains(selected.district))
    // A change saved while the card is open (an edit through the store) shows at once.
    let edit = Command.enterprise(.edit(selected.id, [.district("新区县")]))
    harness.runtime.dispatch(
      .domainChanged(
        try {
          _ = try harness.store.make(edit, by: harness.state.actor, at: harness.state.now)
          return harness.store.state
        }(), []))
    guard case .statusCard(let after) = harness.state.overlay else {
      Issue.record("the card closed")
      return
    }
    #expect(after.lines(in: harness.state).map(\.text).joined().contains("新区县"))
  }
}
