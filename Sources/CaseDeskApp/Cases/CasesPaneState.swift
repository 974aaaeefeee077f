import CaseDeskDomain
import TerminalUI

/// The case review pane: every case (most urgent first), the shown part as a list, and
/// whether "my queue" narrows it to what waits on the operator.
public struct CasesPaneState: Equatable, Sendable {
  /// Every case, most urgent first.
  public var allRows: [CaseRow]
  /// The rows shown: all, or the operator's queue; what the list machinery sees.
  public var records: [CaseRow]
  /// Whether only the cases waiting on the operator's roles show (`m`).
  public var showsMyQueue: Bool
  /// Filter, sort, columns, display order, selection and marks of `records`.
  public var list: ListState
  /// The search index over `records` (same positions), built on first use.
  public var search: SearchHolder
  public var isDetailOpen: Bool
  /// Whether the rows lag behind the records (rebuilt when the pane next shows).
  public var isStale: Bool
  /// How many timeline entries the detail is scrolled back from the latest (`K` and `J`), for
  /// which case, and the keys' flags.
  public var detailScroll: DetailScroll

  /// The pane before anything is worked out (built when it first shows).
  public init() {
    allRows = []
    records = []
    showsMyQueue = false
    list = ListState(count: 0)
    search = SearchHolder()
    isDetailOpen = false
    isStale = true
    detailScroll = DetailScroll()
  }

  /// The record shown at a display row.
  public func record(atRow row: Int) -> CaseRow? {
    list.recordIndex(atRow: row).map { records[$0] }
  }

  /// The selected record, if any.
  public var selected: CaseRow? { record(atRow: list.table.selectedIndex) }

  /// How many cases wait on the operator.
  public var myQueueCount: Int { allRows.reduce(0) { $0 + ($1.isMine ? 1 : 0) } }
}
