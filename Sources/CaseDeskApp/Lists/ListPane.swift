import TerminalUI

/// A pane that shows its records through the shared list machinery (filter, sort, columns,
/// marks, saved views, export).
///
/// Each list pane has one conforming type; `ListPanes.pane(for:)` finds the active one, and
/// the list commands work on it without knowing which pane it is.
protocol ListPane {
  /// The pane this list belongs to.
  static var pane: PaneID { get }
  /// Where the pane keeps its list state in the app state.
  static var list: WritableKeyPath<AppState, ListState> { get }
  /// Whether the selected record's detail fills the pane (after `Enter`).
  static var isDetailOpen: WritableKeyPath<AppState, Bool> { get }
  /// Every column, in the pane's order (the column chooser lists them).
  static var allColumns: [String] { get }
  /// The columns shown now: the operator's choice, else the defaults for the width.
  static func shownColumnIDs(for state: AppState) -> [String]
  /// A column's header text.
  static func columnTitle(_ id: String, strings: Strings) -> String
  /// The records as the list machinery sees them, with the filter's matches worked out.
  static func records(_ state: inout AppState) -> ListRecords
  /// The stable id of the record at an index (selection and marks follow it).
  static func recordID(_ index: Int, in state: AppState) -> String
  /// Rows of records the table shows in the current layout.
  static func visibleRowCount(for state: AppState) -> Int
  /// What `b` offers for the marked records.
  static var bulkActions: [BulkAction] { get }
  /// The cell texts of the records at `indices` in `columns`, for export.
  static func cells(_ indices: [Int], columns: [String], in state: AppState) -> [[String]]
}

extension ListPane {
  /// Recomputes the display order (after the filter, the sort or the records changed).
  static func refresh(_ state: inout AppState) {
    let records = records(&state)
    state[keyPath: list].refresh(records, pageSize: pageSize(state))
  }

  /// Rows of records the table shows now, at least one.
  static func pageSize(_ state: AppState) -> Int {
    max(1, visibleRowCount(for: state))
  }

  /// The id of the selected record, if any.
  static func selectedID(in state: AppState) -> String? {
    state[keyPath: list].selectedRecordIndex.map { recordID($0, in: state) }
  }

  /// Selects the record at an index, clearing a filter that hides it; false when it cannot
  /// show.
  @discardableResult
  static func select(recordAt index: Int, in state: inout AppState) -> Bool {
    if !state[keyPath: list].order.contains(index) {
      state[keyPath: list].filter = TextFieldState()
      state[keyPath: list].isEditingFilter = false
      refresh(&state)
    }
    guard let position = state[keyPath: list].order.firstIndex(of: index) else { return false }
    state[keyPath: list].table.selectedIndex = position
    state[keyPath: list].table.selectedID = recordID(index, in: state)
    let rowCount = state[keyPath: list].order.count
    state[keyPath: list].table.ensureVisible(pageSize: pageSize(state), rowCount: rowCount)
    return true
  }

  /// The ids of the marked records, else of the selected one.
  static func targetIDs(in state: AppState) -> [String] {
    let list = state[keyPath: list]
    if !list.table.marked.isEmpty {
      return list.order.map { recordID($0, in: state) }.filter { list.table.marked.contains($0) }
    }
    return selectedID(in: state).map { [$0] } ?? []
  }
}

/// The list panes by pane id.
enum ListPanes {
  /// The list behind a pane, or nil when the pane shows no shared list.
  static func pane(for id: PaneID) -> (any ListPane.Type)? {
    switch id {
    case .enterprises: return EnterpriseList.self
    case .positiveList: return PositiveListPane.self
    case .cases: return CasesPane.self
    case .referrals: return ReferralsPane.self
    default: return nil
    }
  }
}

extension AppState {
  /// The active pane's list, when it has one.
  var activeList: (any ListPane.Type)? { ListPanes.pane(for: activePane) }

  /// Whether the active pane's filter field takes the keys.
  var isEditingFilter: Bool {
    guard let pane = activeList else { return false }
    return self[keyPath: pane.list].isEditingFilter
  }
}
