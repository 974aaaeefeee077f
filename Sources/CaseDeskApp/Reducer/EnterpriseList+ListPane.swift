import CaseDeskDomain
import TerminalUI

extension EnterpriseList: ListPane {
  static var pane: PaneID { .enterprises }
  static var list: WritableKeyPath<AppState, ListState> { \.enterprises.list }
  static var isDetailOpen: WritableKeyPath<AppState, Bool> { \.enterprises.isDetailOpen }
  static var allColumns: [String] { EnterpriseColumn.all }

  static func shownColumnIDs(for state: AppState) -> [String] {
    EnterprisesPaneView.shownColumnIDs(for: state)
  }

  static func columnTitle(_ id: String, strings: Strings) -> String {
    EnterpriseColumn.title(id, strings: strings)
  }

  static func recordID(_ index: Int, in state: AppState) -> String {
    state.enterprises.records[index].id.raw
  }

  static func visibleRowCount(for state: AppState) -> Int {
    EnterprisesPaneView.visibleRowCount(for: state)
  }

  static var bulkActions: [BulkAction] {
    [.assignCommissioner, .addTag, .removeTag, .export, .clearMarks]
  }

  static func cells(_ indices: [Int], columns: [String], in state: AppState) -> [[String]] {
    let strings = state.strings
    return indices.map { index in
      columns.map {
        EnterpriseColumn.text(state.enterprises.records[index], column: $0, strings: strings)
      }
    }
  }
}
