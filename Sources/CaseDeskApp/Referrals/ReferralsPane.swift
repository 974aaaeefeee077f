import CaseDeskDomain
import TerminalUI

/// The referrals pane's glue to the shared list machinery, and rebuilding its rows.
enum ReferralsPane: ListPane {
  static var pane: PaneID { .referrals }
  static var list: WritableKeyPath<AppState, ListState> { \.referrals.list }
  static var isDetailOpen: WritableKeyPath<AppState, Bool> { \.referrals.isDetailOpen }
  static var allColumns: [String] { ReferralColumn.all }

  static func shownColumnIDs(for state: AppState) -> [String] {
    ReferralsPaneView.shownColumnIDs(for: state)
  }

  static func columnTitle(_ id: String, strings: Strings) -> String {
    ReferralColumn.title(id, strings: strings)
  }

  static func recordID(_ index: Int, in state: AppState) -> String {
    state.referrals.records[index].id.raw
  }

  static func visibleRowCount(for state: AppState) -> Int {
    ReferralsPaneView.visibleRowCount(for: state)
  }

  static var bulkActions: [BulkAction] { [.export, .clearMarks] }

  static func cells(_ indices: [Int], columns: [String], in state: AppState) -> [[String]] {
    let strings = state.strings
    return indices.map { index in
      columns.map {
        ReferralColumn.text(state.referrals.records[index], column: $0, strings: strings)
      }
    }
  }

  static func records(_ state: inout AppState) -> ListRecords {
    let text = state.referrals.list.filterText
    let found = text.isEmpty ? [] : matches(text, in: &state.referrals)
    let rows = state.referrals.records
    let strings = state.strings
    return ListRecords(
      count: rows.count, id: { rows[$0].id.raw },
      sortKey: { ReferralColumn.sortKey(rows[$0], column: $1, strings: strings) },
      matches: { _ in found })
  }

  /// Row indices matching a filter text, best first (the index is built on first use).
  static func matches(_ text: String, in pane: inout ReferralsPaneState) -> [Int] {
    let rows = pane.records
    return pane.search.results(for: text) { buildSearch(rows) }
  }

  /// The search index over the rows: case number, enterprise, persons, police unit, and the
  /// `type:` `stage:` `overdue:` fields.
  static func buildSearch(_ rows: [ReferralRow]) -> IncrementalSearch {
    let entries = rows.map {
      SearchEntry.referral(
        $0.record, caseNumber: $0.caseNumber, enterpriseName: $0.enterpriseName,
        isOverdue: $0.isOverdue)
    }
    return IncrementalSearch(
      index: SearchIndex(entries, fieldAliases: SearchEntry.referralFieldAliases))
  }

  /// Takes in a saved change: the top bar's count now; the rows now when the pane shows, else
  /// when it next shows.
  static func recordsChanged(_ state: inout AppState) {
    countOverdue(&state)
    if state.activePane == .referrals { rebuild(&state) } else { state.referrals.isStale = true }
  }

  /// Counts the referrals overdue on either side for the top bar (only the referrals' clocks
  /// are worked out).
  static func countOverdue(_ state: inout AppState) {
    state.referrals.overdueCount = ReferralRow.overdueCount(of: state.domain, at: state.now)
  }

  /// Rebuilds the rows when the pane shows and they lag behind (called after every action).
  static func catchUp(_ state: inout AppState) {
    guard state.activePane == .referrals, state.referrals.isStale else { return }
    rebuild(&state)
  }

  /// Rebuilds every row from the domain; the selection follows its record.
  static func rebuild(_ state: inout AppState) {
    state.referrals.isStale = false
    state.referrals.records = ReferralRow.rows(of: state.domain, at: state.now)
    state.referrals.search = SearchHolder()
    state.referrals.list.table.marked.formIntersection(
      Set(state.referrals.records.map(\.id.raw)))
    let records = records(&state)
    state.referrals.list.recordsChanged(records, pageSize: pageSize(state))
  }

  /// Selects a referral's row (clearing a filter that hides it); false when there is no such
  /// referral.
  @discardableResult
  static func focus(_ id: ReferralID, in state: inout AppState) -> Bool {
    if state.referrals.isStale { rebuild(&state) }
    guard let index = state.referrals.records.firstIndex(where: { $0.id == id }) else {
      return false
    }
    return select(recordAt: index, in: &state)
  }
}
