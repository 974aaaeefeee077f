import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import Foundation
import TerminalUI
import Testing

/// The positive list pane's list: its rows and tabs, and the shared list machinery on it.
@Suite struct PositiveListPaneTests {
  let directory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casedesk-positive-\(UUID().uuidString)"
    ).path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// The demo's listed enterprises, as the domain has them.
  static let listedIDs: Set<EnterpriseID> = Set(
    AppHarness.demoWorkspace.state.positiveList.values.filter { $0.status == .listed }.map(\.id))

  @Test func thePaneShowsTheListedTabWithEveryListedEnterprise() {
    let harness = AppHarness()
    harness.press("pane.positive")
    let pane = harness.state.positiveList
    #expect(!pane.isStale)
    #expect(pane.tab == .listed)
    #expect(Set(pane.records.map(\.id)) == Self.listedIDs)
    #expect(pane.records.count == 98)
    #expect(harness.screen.rowText(2).contains("98"))
  }

  @Test func tabsCycleAndEachShowsOnlyItsStanding() {
    let harness = AppHarness()
    harness.press("pane.positive")
    var seen: [PositiveListTab] = []
    for _ in PositiveListTab.allCases {
      harness.press("positive.nextTab")
      let pane = harness.state.positiveList
      seen.append(pane.tab)
      #expect(pane.records.allSatisfy { $0.isShown(under: pane.tab) })
      #expect(pane.records.count == pane.count(of: pane.tab))
    }
    #expect(seen == [.candidates, .suspended, .removed, .all, .listed])
    harness.press("positive.previousTab")
    #expect(harness.state.positiveList.tab == .all)
    #expect(harness.state.positiveList.records.count == harness.state.positiveList.allRows.count)
  }

  @Test func candidatesAreAwaitingApprovalOrMeetEveryKnownCriterion() {
    let harness = AppHarness()
    harness.press(keys: "2 t")
    let domain = harness.state.domain
    let today = harness.state.now.day(utcOffset: domain.settings.utcOffset)
    #expect(!harness.state.positiveList.records.isEmpty)
    for row in harness.state.positiveList.records {
      if row.status == .candidate { continue }
      #expect(row.status == .notListed)
      let enterprise = domain.enterprises[row.id]
      let assessment = enterprise.map {
        PositiveListEntry.assess($0, facts: domain.enforcementFacts(of: row.id), on: today)
      }
      #expect(assessment?.unmet.isEmpty == true, "\(row.name)")
    }
  }

  @Test func filterNarrowsTheTabAndEscapeClearsIt() throws {
    let harness = AppHarness()
    harness.press("pane.positive")
    let target = try #require(harness.state.positiveList.records.dropFirst(5).first)
    harness.press("list.filter")
    #expect(harness.state.activeScopes == [AppScope.filter])
    harness.type(target.name)
    #expect(harness.state.positiveList.selected?.id == target.id)
    #expect(harness.state.positiveList.list.order.count < 98)
    harness.press("filter.accept")
    harness.press("list.clearFilter")
    #expect(harness.state.positiveList.list.order.count == 98)
  }

  @Test func sortingByNextReviewOrdersTheDates() {
    let harness = AppHarness(size: Size(width: 120, height: 30))
    harness.press("pane.positive")
    let columns = harness.state.positiveList.list.chosenColumns
    #expect(columns == nil)
    // `s` walks the shown columns until it reaches the next review's.
    for _ in 0..<12 where harness.state.positiveList.list.sort?.columnID != "nextReview" {
      harness.press("list.sort")
    }
    let pane = harness.state.positiveList
    #expect(pane.list.sort?.columnID == "nextReview")
    let days = pane.list.order.compactMap { pane.records[$0].nextReview }
    #expect(days == days.sorted())
  }

  @Test func columnsAndViewsAreKeptPerPane() {
    let harness = AppHarness()
    harness.press("pane.positive")
    harness.press("list.columns")
    harness.press("columns.down")
    harness.press("columns.toggle")
    harness.press("columns.apply")
    let chosen = harness.state.positiveList.list.chosenColumns
    #expect(chosen != nil)
    #expect(harness.state.preferences.columns["positive"] == chosen)
    #expect(harness.state.preferences.columns["enterprises"] == nil)
    harness.press("app.commandLine")
    harness.type("view save 台安在册")
    harness.press("commandLine.run")
    #expect(harness.state.preferences.views(of: .positiveList).map(\.name) == ["台安在册"])
    #expect(harness.state.preferences.views(of: .enterprises).isEmpty)
    harness.press("pane.enterprises")
    harness.press("list.views")
    #expect(harness.state.overlay == nil)
  }

  @Test func marksAreDroppedWhenTheTabChanges() {
    let harness = AppHarness()
    harness.press("pane.positive")
    harness.press(keys: "<Space> j <Space>")
    #expect(harness.state.positiveList.list.table.marked.count == 2)
    #expect(harness.state.activeFlags.contains("marked"))
    harness.press("positive.nextTab")
    #expect(harness.state.positiveList.list.table.marked.isEmpty)
  }

  @Test func exportWritesTheShownColumnsOfTheTab() throws {
    let harness = AppHarness(language: .en)
    harness.press("pane.positive")
    let path = directory + "/listed.csv"
    harness.press("app.commandLine")
    harness.type("export " + path)
    harness.press("commandLine.run")
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 99)
    #expect(lines.first?.hasPrefix("Name,District,Standing") == true)
    #expect(lines.dropFirst().allSatisfy { $0.contains(",listed,") })
    #expect(harness.state.message?.kind == .success)
  }

  @Test func aChangeElsewhereIsTakenInWhenThePaneNextShows() throws {
    let clerk = try #require(
      AppHarness.demoWorkspace.state.staff.values.filter { $0.roles.contains(.clerk) }
        .sorted { $0.id < $1.id }.first)
    let harness = AppHarness(options: LaunchOptions(operatorID: clerk.id.raw, demo: true))
    harness.press("pane.positive")
    let row = try #require(harness.state.positiveList.records.first)
    harness.press("pane.enterprises")
    let events = try harness.store.make(
      .positiveList(.suspend(row.id, PositiveListEntry.Reason(kind: .request, text: "企业申请"))),
      by: harness.state.actor, at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    #expect(harness.state.positiveList.isStale)
    harness.press("pane.positive")
    #expect(!harness.state.positiveList.isStale)
    #expect(!harness.state.positiveList.records.contains { $0.id == row.id })
    #expect(harness.state.positiveList.count(of: .suspended) == 2)
  }

  @Test func theStatusCardJumpsToTheEntry() throws {
    let harness = AppHarness()
    let id = try #require(Self.listedIDs.sorted().last)
    harness.press("app.commandLine")
    harness.type("goto " + id.raw)
    harness.press("commandLine.run")
    let lines = StatusCardState(enterprise: id).lines(in: harness.state)
    let selectable = StatusCardState.selectableIndices(lines)
    let position = try #require(
      selectable.firstIndex { lines[$0].target == .positiveListEntry(id) })
    for _ in 0..<position { harness.press("statusCard.down") }
    harness.press("statusCard.open")
    #expect(harness.state.activePane == .positiveList)
    #expect(harness.state.positiveList.selected?.id == id)
    #expect(harness.state.pendingFocus == nil)
  }

  /// A demo enterprise that is not listed and fails a criterion (so it has no row in the pane).
  static let failing: Enterprise? = {
    let domain = AppHarness.demoWorkspace.state
    let day = Day(year: 2025, month: 6, day: 30) ?? Day(ordinal: 0)
    return domain.enterprises.values.sorted { $0.id < $1.id }.first { enterprise in
      domain.positiveList[enterprise.id] == nil
        && !PositiveListEntry.assess(
          enterprise, facts: domain.enforcementFacts(of: enterprise.id), on: day
        ).unmet.isEmpty
    }
  }()

  @Test func anyEnterpriseCanBeChosenForAdmission() throws {
    let enterprise = try #require(Self.failing)
    let harness = AppHarness()
    harness.press("pane.positive")
    #expect(!harness.state.positiveList.allRows.contains { $0.id == enterprise.id })
    harness.press("positive.admitAny")
    harness.type(enterprise.uscc)
    harness.press("picker.choose")
    guard case .paneForm(let form) = harness.state.overlay else {
      Issue.record("no admission form: \(String(describing: harness.state.overlay))")
      return
    }
    #expect(form.purpose == .admit(enterprise.id))
    #expect(form.form.summaryIsError)
  }

  @Test func admitOnTheCommandLineOpensTheFormOfTheNamedEnterprise() throws {
    let enterprise = try #require(Self.failing)
    let harness = AppHarness()
    harness.press("app.commandLine")
    harness.type("admit " + enterprise.uscc)
    harness.press("commandLine.run")
    guard case .paneForm(let form) = harness.state.overlay else {
      Issue.record("no admission form: \(String(describing: harness.state.overlay))")
      return
    }
    #expect(form.purpose == .admit(enterprise.id))
  }

  @Test func rowsFollowingTheRegisterEqualTheRowsSortedOnTheirOwn() {
    let domain = AppHarness.demoWorkspace.state
    let day = Day(year: 2025, month: 12, day: 20) ?? Day(ordinal: 0)
    let queue = domain.positiveListReviewQueue(on: day)
    let sorted = PositiveListRow.rows(of: domain, on: day, reviewQueue: queue)
    let following = PositiveListRow.rows(
      of: domain, on: day, reviewQueue: queue, register: EnterpriseRow.rows(of: domain))
    #expect(sorted.count == 342)
    #expect(following == sorted)
  }
}
