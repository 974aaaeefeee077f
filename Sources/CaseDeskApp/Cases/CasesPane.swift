import CaseDeskDomain
import TerminalUI

/// The case review pane's glue to the shared list machinery, and rebuilding its rows.
enum CasesPane: ListPane {
  static var pane: PaneID { .cases }
  static var list: WritableKeyPath<AppState, ListState> { \.cases.list }
  static var isDetailOpen: WritableKeyPath<AppState, Bool> { \.cases.isDetailOpen }
  static var allColumns: [String] { CaseColumn.all }

  static func shownColumnIDs(for state: AppState) -> [String] {
    CasesPaneView.shownColumnIDs(for: state)
  }

  static func columnTitle(_ id: String, strings: Strings) -> String {
    CaseColumn.title(id, strings: strings)
  }

  static func recordID(_ index: Int, in state: AppState) -> String {
    state.cases.records[index].id.raw
  }

  static func visibleRowCount(for state: AppState) -> Int {
    CasesPaneView.visibleRowCount(for: state)
  }

  static var bulkActions: [BulkAction] { [.export, .clearMarks] }

  static func cells(_ indices: [Int], columns: [String], in state: AppState) -> [[String]] {
    let strings = state.strings
    return indices.map { index in
      columns.map { CaseColumn.text(state.cases.records[index], column: $0, strings: strings) }
    }
  }

  static func records(_ state: inout AppState) -> ListRecords {
    let text = state.cases.list.filterText
    let found = text.isEmpty ? [] : matches(text, in: &state.cases)
    let rows = state.cases.records
    let strings = state.strings
    return ListRecords(
      count: rows.count, id: { rows[$0].id.raw },
      sortKey: { CaseColumn.sortKey(rows[$0], column: $1, strings: strings) },
      matches: { _ in found })
  }

  /// Row indices matching a filter text, best first (the index is built on first use).
  static func matches(_ text: String, in pane: inout CasesPaneState) -> [Int] {
    let rows = pane.records
    return pane.search.results(for: text) { buildSearch(rows) }
  }

  /// The search index over the rows: number, enterprise, violation, officers, and the
  /// `stage:` `officer:` `overdue:` `decision:` fields.
  static func buildSearch(_ rows: [CaseRow]) -> IncrementalSearch {
    let entries = rows.map {
      SearchEntry.enforcementCase(
        $0.record, enterpriseName: $0.enterpriseName, officerNames: $0.officerNames,
        isOverdue: $0.isOverdue)
    }
    return IncrementalSearch(
      index: SearchIndex(entries, fieldAliases: SearchEntry.caseFieldAliases))
  }

  /// Shows every case or only the operator's queue, keeping the filter and sort.
  static func showMyQueue(_ isOn: Bool, in state: inout AppState) {
    state.cases.showsMyQueue = isOn
    state.cases.list.table.marked = []
    state.cases.list.table.selectedIndex = 0
    state.cases.list.table.selectedID = nil
    takeRows(state.cases.allRows, in: &state)
  }

  /// Takes in a saved change: the rows now when the pane shows, else when it next shows.
  static func recordsChanged(_ state: inout AppState) {
    if state.activePane == .cases { rebuild(&state) } else { state.cases.isStale = true }
  }

  /// Rebuilds the rows when the pane shows and they lag behind (called after every action).
  static func catchUp(_ state: inout AppState) {
    guard state.activePane == .cases, state.cases.isStale else { return }
    rebuild(&state)
  }

  /// Rebuilds every row from the domain.
  static func rebuild(_ state: inout AppState) {
    state.cases.isStale = false
    takeRows(
      CaseRow.rows(of: state.domain, at: state.now, operator: StaffID(state.operatorInfo.id)),
      in: &state)
  }

  /// Takes new rows: the shown share becomes the records; selection follows its record.
  private static func takeRows(_ rows: [CaseRow], in state: inout AppState) {
    state.cases.allRows = rows
    state.cases.records = state.cases.showsMyQueue ? rows.filter(\.isMine) : rows
    state.cases.search = SearchHolder()
    state.cases.list.table.marked.formIntersection(Set(state.cases.records.map(\.id.raw)))
    let records = records(&state)
    state.cases.list.recordsChanged(records, pageSize: pageSize(state))
  }

  /// Selects a case's row (showing every case and clearing a filter that hides it); false when
  /// there is no such case.
  @discardableResult
  static func focus(_ id: CaseID, in state: inout AppState) -> Bool {
    if state.cases.isStale { rebuild(&state) }
    if state.cases.showsMyQueue, !state.cases.records.contains(where: { $0.id == id }) {
      showMyQueue(false, in: &state)
    }
    guard let index = state.cases.records.firstIndex(where: { $0.id == id }) else { return false }
    return select(recordAt: index, in: &state)
  }
}
