import CaseDeskDomain
import TerminalUI

/// The positive list pane's glue to the shared list machinery, and rebuilding its rows after
/// a change or a tab switch.
enum PositiveListPane: ListPane {
  static var pane: PaneID { .positiveList }
  static var list: WritableKeyPath<AppState, ListState> { \.positiveList.list }
  static var isDetailOpen: WritableKeyPath<AppState, Bool> { \.positiveList.isDetailOpen }
  static var allColumns: [String] { PositiveListColumn.all }

  static func shownColumnIDs(for state: AppState) -> [String] {
    PositiveListPaneView.shownColumnIDs(for: state)
  }

  static func columnTitle(_ id: String, strings: Strings) -> String {
    PositiveListColumn.title(id, strings: strings)
  }

  static func recordID(_ index: Int, in state: AppState) -> String {
    state.positiveList.records[index].id.raw
  }

  static func visibleRowCount(for state: AppState) -> Int {
    PositiveListPaneView.visibleRowCount(for: state)
  }

  static var bulkActions: [BulkAction] { [.admit, .export, .clearMarks] }

  static func cells(_ indices: [Int], columns: [String], in state: AppState) -> [[String]] {
    let strings = state.strings
    return indices.map { index in
      columns.map {
        PositiveListColumn.text(state.positiveList.records[index], column: $0, strings: strings)
      }
    }
  }

  static func records(_ state: inout AppState) -> ListRecords {
    let text = state.positiveList.list.filterText
    let found = text.isEmpty ? [] : matches(text, in: &state.positiveList)
    let rows = state.positiveList.records
    let strings = state.strings
    return ListRecords(
      count: rows.count, id: { rows[$0].id.raw },
      sortKey: { PositiveListColumn.sortKey(rows[$0], column: $1, strings: strings) },
      matches: { _ in found })
  }

  /// Row indices matching a filter text, best first (the index is built on first use).
  static func matches(_ text: String, in pane: inout PositiveListPaneState) -> [Int] {
    let rows = pane.records
    return pane.search.results(for: text) { buildSearch(rows) }
  }

  /// The search index over the rows (positions are row indices).
  static func buildSearch(_ rows: [PositiveListRow]) -> IncrementalSearch {
    let entries = rows.map {
      SearchEntry.enterprise($0.enterprise, commissionerName: $0.commissionerName)
    }
    return IncrementalSearch(
      index: SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases))
  }

  /// Shows another tab: its rows, keeping the filter and sort; marks are dropped.
  static func show(_ tab: PositiveListTab, in state: inout AppState) {
    state.positiveList.tab = tab
    state.positiveList.list.table.marked = []
    state.positiveList.list.table.selectedIndex = 0
    state.positiveList.list.table.selectedID = nil
    takeRows(state.positiveList.allRows, in: &state)
  }

  /// Takes in a saved change: the review-needed queue at once (the top bar counts it), the
  /// rows now when the pane shows, else when it next shows.
  static func recordsChanged(_ state: inout AppState) {
    updateQueue(&state)
    if state.activePane == .positiveList {
      rebuild(&state)
    } else {
      state.positiveList.isStale = true
    }
  }

  /// Works out the review-needed queue for today.
  static func updateQueue(_ state: inout AppState) {
    let domain = state.domain
    let today = state.now.day(utcOffset: domain.settings.utcOffset)
    state.positiveList.reviewQueue = domain.positiveListReviewQueue(on: today)
    state.positiveList.hasQueue = true
  }

  /// Rebuilds the rows when the pane shows and they lag behind the records (called after every
  /// action).
  static func catchUp(_ state: inout AppState) {
    guard state.activePane == .positiveList, state.positiveList.isStale else { return }
    if !state.positiveList.hasQueue { updateQueue(&state) }
    rebuild(&state)
  }

  /// Rebuilds every row from the domain (the queue is already up to date).
  static func rebuild(_ state: inout AppState) {
    let domain = state.domain
    let today = state.now.day(utcOffset: domain.settings.utcOffset)
    state.positiveList.isStale = false
    state.positiveList.chartYear = today.year
    state.positiveList.monthlySizes = PositiveListPaneState.sizesSoFar(on: today, in: domain)
    takeRows(
      PositiveListRow.rows(
        of: domain, on: today, reviewQueue: state.positiveList.reviewQueue,
        register: state.enterprises.records),
      in: &state)
  }

  /// Takes new rows: the tab's share becomes the records; selection follows its record.
  private static func takeRows(_ rows: [PositiveListRow], in state: inout AppState) {
    let tab = state.positiveList.tab
    state.positiveList.allRows = rows
    state.positiveList.records = rows.filter { $0.isShown(under: tab) }
    state.positiveList.search = SearchHolder()
    state.positiveList.list.table.marked.formIntersection(
      Set(state.positiveList.records.map(\.id.raw)))
    let records = records(&state)
    state.positiveList.list.recordsChanged(records, pageSize: pageSize(state))
  }

  /// The enterprise of the selected row, if any.
  static func selectedEnterprise(in state: AppState) -> EnterpriseID? {
    state.positiveList.selected?.id
  }

  /// Selects an enterprise's row, switching to the tab that holds it (clearing a filter that
  /// hides it); false when the pane has no row for it.
  @discardableResult
  static func focus(_ id: EnterpriseID, in state: inout AppState) -> Bool {
    if state.positiveList.isStale {
      if !state.positiveList.hasQueue { updateQueue(&state) }
      rebuild(&state)
    }
    guard let row = state.positiveList.allRows.first(where: { $0.id == id }) else { return false }
    if !row.isShown(under: state.positiveList.tab) {
      let tab = PositiveListTab.allCases.first { row.isShown(under: $0) } ?? .all
      show(tab, in: &state)
    }
    guard let index = state.positiveList.records.firstIndex(where: { $0.id == id }) else {
      return false
    }
    return select(recordAt: index, in: &state)
  }
}
