import CaseDeskDomain
import TerminalUI

/// The enterprises pane's list: the records, their display order, sort and selection.
public struct EnterpriseListState: Equatable, Sendable {
  public var records: [EnterpriseRow]
  /// Indices into `records` in display order (after sorting).
  public var order: [Int]
  public var sort: TableSort?
  public var table: TableState
  public var isDetailOpen: Bool

  public init(records: [EnterpriseRow]) {
    self.records = records
    self.order = Array(records.indices)
    self.sort = nil
    self.table = TableState()
    self.isDetailOpen = false
    if let first = records.first { table.selectedID = first.id.raw }
  }

  /// The record shown at a display row.
  public func record(atRow row: Int) -> EnterpriseRow? {
    guard row >= 0, row < order.count else { return nil }
    return records[order[row]]
  }

  /// The selected record, if any.
  public var selected: EnterpriseRow? { record(atRow: table.selectedIndex) }
}

extension EnterpriseListState {
  /// Replaces the records after a change, keeping the sort, marks and the selected record.
  mutating func replaceRecords(with rows: [EnterpriseRow], strings: Strings) {
    records = rows
    order = Array(rows.indices)
    if let sort {
      order = EnterpriseSorting.sortedOrder(rows, by: sort, strings: strings)
    }
    let order = self.order
    let records = self.records
    table.reconcile(rowCount: order.count) { id in
      order.firstIndex { records[$0].id.raw == id }
    }
    table.selectedID =
      order.indices.contains(table.selectedIndex) ? records[order[table.selectedIndex]].id.raw : nil
  }
}
