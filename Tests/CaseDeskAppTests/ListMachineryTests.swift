import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import Foundation
import TerminalUI
import Testing

/// The shared list machinery on the enterprises pane, driven by key presses.
@Suite struct ListMachineryTests {
  @Test func filterNarrowsAsYouTypeAndCountsMatches() {
    let harness = AppHarness()
    let total = harness.state.enterprises.records.count
    let target = harness.state.enterprises.records[7]
    harness.press("list.filter")
    #expect(harness.state.activeScopes == [AppScope.filter])
    harness.type(String(target.uscc.prefix(12)))
    let shown = harness.state.enterprises.order.map { harness.state.enterprises.records[$0] }
    #expect(shown.contains { $0.id == target.id })
    #expect(shown.allSatisfy { $0.uscc.hasPrefix(String(target.uscc.prefix(12))) })
    #expect(harness.state.enterprises.list.totalCount == total)
    #expect(harness.screen.rowText(2).contains("\(shown.count)/\(total)"))
    harness.press("filter.accept")
    #expect(!harness.state.enterprises.list.isEditingFilter)
    #expect(harness.state.enterprises.list.isFiltered)
    harness.press("list.clearFilter")
    #expect(harness.state.enterprises.order.count == total)
  }

  @Test func typingAChineseNameSelectsTheBestMatch() {
    let harness = AppHarness()
    let target = harness.state.enterprises.records[42]
    harness.press("list.filter")
    harness.type(target.name)
    #expect(harness.state.enterprises.selected?.id == target.id)
    harness.press("filter.cancel")
    #expect(!harness.state.enterprises.list.isFiltered)
    #expect(harness.state.enterprises.order.count == harness.state.enterprises.records.count)
  }

  @Test func nextAndPreviousMatchWrapAround() {
    let harness = AppHarness()
    harness.press("list.filter")
    harness.type("鞍山")
    harness.press("filter.accept")
    let count = harness.state.enterprises.order.count
    #expect(count > 2)
    harness.press("list.previousMatch")
    #expect(harness.state.enterprises.table.selectedIndex == count - 1)
    harness.press("list.nextMatch")
    #expect(harness.state.enterprises.table.selectedIndex == 0)
    #expect(harness.state.message?.text.contains("\(count)") == true)
  }

  @Test func sortingUnderAFilterKeepsOnlyMatchesInColumnOrder() {
    let harness = AppHarness()
    harness.press("list.filter")
    harness.type("鞍山")
    harness.press("filter.accept")
    let matched = Set(harness.state.enterprises.order)
    harness.press("list.reverseSort")
    let order = harness.state.enterprises.order
    #expect(Set(order) == matched)
    let names = order.map { harness.state.enterprises.records[$0].name }
    #expect(names == names.sorted(by: >))
  }

  @Test func columnChooserHidesMovesAndRemembersColumns() throws {
    let harness = AppHarness(size: Size(width: 100, height: 24))
    harness.press("list.columns")
    guard case .columnChooser(let chooser) = harness.state.overlay else {
      Issue.record("no column chooser")
      return
    }
    let first = chooser.entries[0].id
    harness.press("columns.toggle")
    harness.press("columns.down")
    harness.press("columns.moveUp")
    harness.press("columns.apply")
    let chosen = try #require(harness.state.enterprises.list.chosenColumns)
    #expect(!chosen.contains(first))
    #expect(harness.state.preferences.columns["enterprises"] == chosen)
    harness.press("list.columns")
    harness.press("columns.reset")
    #expect(harness.state.enterprises.list.chosenColumns == nil)
  }

  @Test func savedViewsKeepFilterSortAndColumns() {
    let harness = AppHarness()
    harness.press("list.filter")
    harness.type("鞍山")
    harness.press("filter.accept")
    harness.press("list.sort")
    harness.press("app.commandLine")
    harness.type("view save 鞍山企业")
    harness.press("commandLine.run")
    #expect(harness.state.preferences.views(of: .enterprises).map(\.name) == ["鞍山企业"])
    harness.press("list.clearFilter")
    harness.press("list.views")
    guard case .picker(let picker) = harness.state.overlay else {
      Issue.record("no view picker")
      return
    }
    #expect(picker.items.map(\.text) == ["鞍山企业"])
    harness.press("picker.choose")
    #expect(harness.state.enterprises.list.filterText == "鞍山")
    #expect(harness.state.enterprises.sort?.columnID == "name")
    harness.press("app.commandLine")
    harness.type("view delete 鞍山企业")
    harness.press("commandLine.run")
    #expect(harness.state.preferences.views(of: .enterprises).isEmpty)
  }

  @Test func bulkTagAddsToEveryMarkedEnterprise() {
    let harness = AppHarness()
    let clerk = harness.state.domain.staff.values.first { $0.roles.contains(.clerk) }
    let harnessAsClerk = AppHarness(
      options: LaunchOptions(operatorID: clerk?.id.raw, demo: true))
    harnessAsClerk.press("list.mark")
    harnessAsClerk.press("list.down")
    harnessAsClerk.press("list.mark")
    let marked = harnessAsClerk.state.enterprises.marked.map(\.id)
    #expect(marked.count == 2)
    #expect(harnessAsClerk.screen.rowText(2).contains("2"))
    harnessAsClerk.press("list.bulk")
    harnessAsClerk.type("标签")
    harnessAsClerk.press("picker.choose")
    guard case .commandLine(let line) = harnessAsClerk.state.overlay else {
      Issue.record("the command line did not open")
      return
    }
    #expect(line.field.text == "tag add ")
    harnessAsClerk.type("重点跟踪")
    harnessAsClerk.press("commandLine.run")
    for id in marked {
      #expect(harnessAsClerk.store.state.enterprises[id]?.tags.contains("重点跟踪") == true)
    }
    #expect(harnessAsClerk.state.domain.enterprises[marked[0]]?.tags.contains("重点跟踪") == true)
    #expect(harnessAsClerk.state.message?.kind == .success)
  }

  @Test func aRefusedBulkChangeSaysWhy() {
    // The demo opens as an officer, who may not tag enterprises.
    let harness = AppHarness()
    harness.press("list.mark")
    harness.press("app.commandLine")
    harness.type("tag add 试点")
    harness.press("commandLine.run")
    #expect(harness.state.message?.kind == .error)
    #expect(harness.store.events.isEmpty)
  }

  @Test func quickLookupFindsAndOpensAnEnterprise() {
    let harness = AppHarness()
    let target = harness.state.enterprises.records[300]
    harness.press("pane.cases")
    harness.press("app.find")
    guard case .picker = harness.state.overlay else {
      Issue.record("no lookup")
      return
    }
    harness.type(target.uscc)
    guard case .picker(let picker) = harness.state.overlay else { return }
    #expect(picker.items.first?.id == target.id.raw)
    harness.press("picker.choose")
    #expect(harness.state.activePane == .enterprises)
    #expect(harness.state.enterprises.selected?.id == target.id)
  }

  @Test func gotoJumpsToAUSCCEvenWhenFilteredOut() {
    let harness = AppHarness()
    let target = harness.state.enterprises.records[900]
    harness.press("list.filter")
    harness.type("zzzz-nothing")
    harness.press("filter.accept")
    harness.press("app.commandLine")
    harness.type("goto " + target.uscc.lowercased())
    harness.press("commandLine.run")
    #expect(harness.state.enterprises.selected?.id == target.id)
    harness.press("app.commandLine")
    harness.type("goto 000000000000000000")
    harness.press("commandLine.run")
    #expect(harness.state.message?.kind == .error)
  }

  @Test func preferencesFileRoundTripsAndReportsDamage() throws {
    var preferences = ListPreferences(columns: ["enterprises": ["name", "uscc"]])
    preferences.save(
      SavedView(
        name: "铁西 \"重点\"", filter: "district:铁西 tier:key",
        sort: TableSort(columnID: "name", ascending: false), columns: ["name"]),
      of: .enterprises)
    let text = ListPreferencesFile.text(preferences)
    let (parsed, problem) = ListPreferencesFile.parse(text, file: "views.toml")
    #expect(problem == nil)
    #expect(parsed == preferences)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "casedesk-prefs-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = ListPreferencesFile.path(workspace: directory, operatorID: "u/1")
    #expect(path.hasSuffix("/views/u_1.toml"))
    try ListPreferencesFile.save(preferences, path: path)
    #expect(ListPreferencesFile.load(path: path).preferences == preferences)
    let (_, damaged) = ListPreferencesFile.parse("[enterprises\ncolumns = 3", file: "bad.toml")
    #expect(damaged?.contains("bad.toml") == true)
  }

  @Test func aSavedEditUpdatesTheRowAndTheSearchIndexInPlace() throws {
    let clerk = AppHarness.demoWorkspace.state.staff.values.filter { $0.roles.contains(.clerk) }
      .sorted { $0.id < $1.id }.first
    let harness = AppHarness(options: LaunchOptions(operatorID: clerk?.id.raw, demo: true))
    let target = harness.state.enterprises.records[10]
    let before = harness.state.enterprises.records
    let events = try harness.store.make(
      .enterprise(.edit(target.id, [.district("新设区")])), by: harness.state.actor,
      at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    let after = harness.state.enterprises.records
    #expect(after.map(\.id) == before.map(\.id))
    #expect(after[10].district == "新设区")
    #expect(zip(after, before).filter { $0 != $1 }.count == 1)
    harness.press("list.filter")
    harness.type("district:新设区")
    #expect(harness.state.enterprises.order.map { after[$0].id } == [target.id])
  }
}
