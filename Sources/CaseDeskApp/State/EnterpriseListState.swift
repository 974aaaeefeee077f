import CaseDeskDomain
import TerminalUI

/// The enterprises pane's list: the records, the shared list state, and the search index.
public struct EnterpriseListState: Equatable, Sendable {
  public var records: [EnterpriseRow]
  /// Filter, sort, columns, display order, selection and marks.
  public var list: ListState
  /// The search index over `records` (same positions), built after the first frame.
  public var search: SearchHolder
  public var isDetailOpen: Bool

  public init(records: [EnterpriseRow]) {
    self.records = records
    self.list = ListState(count: records.count)
    self.search = SearchHolder()
    self.isDetailOpen = false
    if let first = records.first { list.table.selectedID = first.id.raw }
  }

  /// Indices into `records` in display order.
  public var order: [Int] {
    get { list.order }
    set { list.order = newValue }
  }

  public var sort: TableSort? { list.sort }

  public var table: TableState {
    get { list.table }
    set { list.table = newValue }
  }

  /// The record shown at a display row.
  public func record(atRow row: Int) -> EnterpriseRow? {
    list.recordIndex(atRow: row).map { records[$0] }
  }

  /// The selected record, if any.
  public var selected: EnterpriseRow? { record(atRow: list.table.selectedIndex) }

  /// The marked records, in display order of the whole register.
  public var marked: [EnterpriseRow] {
    records.filter { list.table.marked.contains($0.id.raw) }
  }

  /// The index of a record by id.
  public func index(of id: EnterpriseID) -> Int? {
    records.firstIndex { $0.id == id }
  }
}
