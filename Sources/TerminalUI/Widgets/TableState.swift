/// The selection, scroll position and marks of a table, kept apart from its rows.
///
/// The app stores one per list in its state and changes it in the reducer. The selection is
/// held twice: `selectedIndex` (the row shown highlighted) and `selectedID` (the record it
/// belongs to), so that `reconcile` can keep the highlight on the same record when the list is
/// sorted, filtered or grows. The selection methods take a `rowID` closure (row index → record
/// ID) to keep `selectedID` in sync; without one they clear it, so it is never stale.
/// `rowID` is only called with indexes in `0..<rowCount`.
public struct TableState: Equatable, Sendable {
  /// The selected row's index in the current list (0 when the list is empty).
  public var selectedIndex: Int
  /// The selected record's identifier, nil when unknown or the list is empty.
  public var selectedID: String?
  /// The index of the first row shown.
  public var scrollOffset: Int
  /// Identifiers of marked records (for actions on several records at once).
  public var marked: Set<String>

  /// An empty selection at the top of the list.
  public init() {
    selectedIndex = 0
    selectedID = nil
    scrollOffset = 0
    marked = []
  }

  /// Moves the selection by `delta` rows (negative: up), stopping at the first and last row.
  public mutating func moveSelection(
    by delta: Int, rowCount: Int, rowID: ((Int) -> String)? = nil
  ) {
    select(selectedIndex + delta, rowCount: rowCount, rowID: rowID)
  }

  /// Selects the first row and scrolls to the top.
  ///
  /// `rowCount` is needed only to fill in `selectedID` through `rowID`.
  public mutating func selectFirst(rowCount: Int = 0, rowID: ((Int) -> String)? = nil) {
    scrollOffset = 0
    select(0, rowCount: rowCount, rowID: rowID)
  }

  /// Selects the last row.
  public mutating func selectLast(rowCount: Int, rowID: ((Int) -> String)? = nil) {
    select(rowCount - 1, rowCount: rowCount, rowID: rowID)
  }

  /// Moves the selection and the view one page down or up, and keeps the selection visible.
  public mutating func page(
    down: Bool, rowCount: Int, pageSize: Int, rowID: ((Int) -> String)? = nil
  ) {
    let step = max(1, pageSize) * (down ? 1 : -1)
    scrollOffset += step
    select(selectedIndex + step, rowCount: rowCount, rowID: rowID)
    ensureVisible(pageSize: pageSize, rowCount: rowCount)
  }

  /// Adjusts `scrollOffset` so that the selected row is among the `pageSize` rows shown.
  ///
  /// Also clamps the selection to the list and avoids blank rows below the last row when the
  /// list is longer than a page.
  public mutating func ensureVisible(pageSize: Int, rowCount: Int) {
    selectedIndex = TableState.clamp(selectedIndex, rowCount: rowCount)
    scrollOffset = TableState.visibleOffset(
      scrollOffset: scrollOffset, selectedIndex: selectedIndex, pageSize: pageSize,
      rowCount: rowCount)
  }

  /// Marks the record if it is not marked, unmarks it otherwise.
  public mutating func toggleMark(id: String) {
    if marked.remove(id) == nil { marked.insert(id) }
  }

  /// Keeps the selection on the same record after the list changed.
  ///
  /// When `selectedID` is still in the list (`indexOf` gives its new index) the selection
  /// follows it. Otherwise the selection stays at its old index, clamped to the new list,
  /// and `selectedID` becomes that row's record (through `rowID`, or nil without it). Marks are
  /// kept, also for records filtered out, so that clearing a filter restores them. With a
  /// `pageSize`, the selection is also scrolled into view.
  public mutating func reconcile(
    rowCount: Int, indexOf: (String) -> Int?, rowID: ((Int) -> String)? = nil,
    pageSize: Int? = nil
  ) {
    if let id = selectedID, let index = indexOf(id), index >= 0, index < rowCount {
      selectedIndex = index
    } else {
      select(selectedIndex, rowCount: rowCount, rowID: rowID)
    }
    if let pageSize { ensureVisible(pageSize: pageSize, rowCount: rowCount) }
  }

  /// Selects the row at `index` clamped to the list, updating `selectedID`.
  private mutating func select(_ index: Int, rowCount: Int, rowID: ((Int) -> String)?) {
    selectedIndex = TableState.clamp(index, rowCount: rowCount)
    if rowCount > 0, let rowID {
      selectedID = rowID(selectedIndex)
    } else {
      selectedID = nil
    }
  }

  /// `index` clamped to `0..<rowCount` (0 for an empty list).
  static func clamp(_ index: Int, rowCount: Int) -> Int {
    max(0, min(index, rowCount - 1))
  }

  /// The first row to show so that `selectedIndex` is visible among `pageSize` rows.
  ///
  /// Starts from `scrollOffset`, moves as little as needed, and never leaves blank rows at the
  /// bottom of a list longer than a page.
  public static func visibleOffset(
    scrollOffset: Int, selectedIndex: Int, pageSize: Int, rowCount: Int
  ) -> Int {
    guard pageSize > 0, rowCount > 0 else { return 0 }
    let selected = clamp(selectedIndex, rowCount: rowCount)
    var offset = max(0, min(scrollOffset, rowCount - pageSize))
    if selected < offset { offset = selected }
    if selected >= offset + pageSize { offset = selected - pageSize + 1 }
    return offset
  }
}
