import CaseDeskDomain
import TerminalUI

/// The part of every list pane that the shared machinery keeps: filter, sort, chosen
/// columns, the display order, selection and marks.
///
/// The records themselves stay with the pane; `order` holds their indices.
public struct ListState: Equatable, Sendable {
  /// The filter as typed after `/` (empty: no filter).
  public var filter: TextFieldState
  /// Whether the filter field takes the keys now.
  public var isEditingFilter: Bool
  public var sort: TableSort?
  /// The columns chosen with `c`, in order; nil shows the pane's default columns for the width.
  public var chosenColumns: [String]?
  /// Record indices in display order: the filter's matches (best first when unsorted), sorted.
  public var order: [Int]
  /// Every record index under the current sort, kept so that filtering under a sort is a
  /// linear pass instead of a new sort.
  public var sortedAll: [Int]?
  /// How many records the pane has before filtering.
  public var totalCount: Int
  public var table: TableState

  /// A list showing every one of `count` records in their own order.
  public init(count: Int) {
    filter = TextFieldState()
    isEditingFilter = false
    sort = nil
    chosenColumns = nil
    order = Array(0..<count)
    sortedAll = nil
    totalCount = count
    table = TableState()
  }

  /// Whether a filter narrows the list.
  public var isFiltered: Bool { !filterText.isEmpty }

  /// The filter's text without surrounding spaces.
  public var filterText: String {
    filter.text.trimmingSpaces
  }

  /// The record index at a display row, if there is one.
  public func recordIndex(atRow row: Int) -> Int? {
    row >= 0 && row < order.count ? order[row] : nil
  }

  /// The record index of the selected row.
  public var selectedRecordIndex: Int? { recordIndex(atRow: table.selectedIndex) }
}
