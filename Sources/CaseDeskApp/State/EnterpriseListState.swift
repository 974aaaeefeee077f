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
