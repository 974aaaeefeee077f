import CaseDeskDomain
import TerminalUI

/// Sorting the enterprise list: `s` moves the sort to the next column, `S` reverses it.
enum EnterpriseSorting {
  enum Change {
    case nextColumn
    case reverse
  }

  /// Applies a sort change, keeps the selection on the same record, and says so.
  static func apply(_ change: Change, to state: inout AppState) {
    let columns = EnterprisesPaneView.columnIDs(forWidth: state.size.width)
    var list = state.enterprises
    switch change {
    case .nextColumn:
      if let current = list.sort, let index = columns.firstIndex(of: current.columnID) {
        list.sort = TableSort(columnID: columns[(index + 1) % columns.count], ascending: true)
      } else {
        list.sort = columns.first.map { TableSort(columnID: $0, ascending: true) }
      }
    case .reverse:
      if var sort = list.sort {
        sort.ascending.toggle()
        list.sort = sort
      } else {
        list.sort = columns.first.map { TableSort(columnID: $0, ascending: false) }
      }
    }
    guard let sort = list.sort else { return }
    let records = list.records
    let strings = state.strings
    list.order = sortedOrder(records, by: sort, strings: strings)
    let order = list.order
    list.table.reconcile(rowCount: order.count) { id in
      order.firstIndex { records[$0].id.raw == id }
    }
    list.table.selectedID =
      order.indices.contains(list.table.selectedIndex)
      ? records[order[list.table.selectedIndex]].id.raw : nil
    state.enterprises = list
    let title = EnterpriseColumn.title(sort.columnID, strings: strings)
    state.message = Message(
      kind: .info,
      text: strings.format(
        .sortedBy, title, sort.ascending ? strings[.ascending] : strings[.descending]))
  }

  /// The display order of records under a sort (ties keep register order).
  static func sortedOrder(_ records: [EnterpriseRow], by sort: TableSort, strings: Strings)
    -> [Int]
  {
    records.indices.sorted { a, b in
      let left = EnterpriseColumn.sortKey(records[a], column: sort.columnID, strings: strings)
      let right = EnterpriseColumn.sortKey(records[b], column: sort.columnID, strings: strings)
      if left == right { return a < b }
      return sort.ascending ? left < right : left > right
    }
  }
}
