import TerminalUI

/// Sorting the active list: `s` moves the sort to the next shown column, `S` reverses it.
enum ListSorting {
  enum Change {
    case nextColumn
    case reverse
  }

  /// Applies a sort change, keeps the selection on the same record, and says so.
  static func apply(_ change: Change, to state: inout AppState) {
    guard let pane = state.activeList else { return }
    let columns = pane.shownColumnIDs(for: state)
    var sort = state[keyPath: pane.list].sort
    switch change {
    case .nextColumn:
      if let current = sort, let index = columns.firstIndex(of: current.columnID) {
        sort = TableSort(columnID: columns[(index + 1) % columns.count], ascending: true)
      } else {
        sort = columns.first.map { TableSort(columnID: $0, ascending: true) }
      }
    case .reverse:
      if var current = sort {
        current.ascending.toggle()
        sort = current
      } else {
        sort = columns.first.map { TableSort(columnID: $0, ascending: false) }
      }
    }
    guard let sort else { return }
    let records = pane.records(&state)
    state[keyPath: pane.list].setSort(sort, records: records, pageSize: pane.pageSize(state))
    let strings = state.strings
    let title = pane.columnTitle(sort.columnID, strings: strings)
    state.message = Message(
      kind: .info,
      text: strings.format(
        .sortedBy, title, sort.ascending ? strings[.ascending] : strings[.descending]))
  }
}
