/// A table with a header, a selection gutter and virtual scrolling.
///
/// The table draws only the rows that fit: `render` asks the app for `row(i)` of visible rows
/// alone, so a list of 100,000 records costs no more to draw than a page. Each row starts
/// with a two-column gutter showing `▶` on the selected row and `●` on marked rows, so the
/// selection reads without colour. Columns are separated by one space and laid out by
/// display width; text that does not fit ends in `…`.
public struct Table {
  /// Columns of the gutter left of the first column.
  public static let gutterWidth = 2

  public var columns: [TableColumn]
  /// The sorted column, marked `▲` (ascending) or `▼` in the header.
  public var sort: TableSort?
  public var showsHeader = true

  /// Creates a table with a header.
  public init(columns: [TableColumn], sort: TableSort? = nil) {
    self.columns = columns
    self.sort = sort
  }

  /// Rows of data that fit in `area` below the header (if shown).
  public static func visibleRows(area: Rect, showsHeader: Bool) -> Int {
    max(0, area.height - (showsHeader ? 1 : 0))
  }

  /// The width of each column for a table `totalWidth` columns wide, gutter included.
  ///
  /// Fixed columns get their width, flexible ones their minimum plus a share of the spare
  /// width by weight. When the table is too narrow, columns are served from the left and
  /// those that no longer fit get width 0 (they are not drawn).
  public func columnWidths(totalWidth: Int) -> [Int] {
    var widths = Array(repeating: 0, count: columns.count)
    var remaining = totalWidth - Table.gutterWidth
    var flexible: [(index: Int, weight: Int)] = []
    for (index, column) in columns.enumerated() {
      let separator = index > 0 ? 1 : 0
      guard remaining - separator > 0 else { break }
      let wanted: Int
      switch column.width {
      case .fixed(let cells):
        wanted = max(0, cells)
      case .flexible(let minimum, let weight):
        wanted = max(0, minimum)
        flexible.append((index, max(0, weight)))
      }
      widths[index] = min(wanted, remaining - separator)
      remaining -= widths[index] + separator
    }
    let totalWeight = flexible.reduce(0) { $0 + $1.weight }
    guard remaining > 0, totalWeight > 0 else { return widths }
    let spare = remaining
    for (index, weight) in flexible {
      let share = spare * weight / totalWeight
      widths[index] += share
      remaining -= share
    }
    for (index, weight) in flexible where remaining > 0 && weight > 0 {
      widths[index] += 1
      remaining -= 1
    }
    return widths
  }

  /// Draws the header and the visible rows into `area`.
  ///
  /// `row(i)` is called only for the rows shown. The scroll position is `state.scrollOffset`
  /// adjusted (without changing the state) so that the selected row is visible. When
  /// focused, the terminal cursor is put on the selected row's first column, where screen
  /// readers follow it; the selected row uses `.listRowSelected`, or
  /// `.listRowSelectedInactive` when not focused. An empty table draws only its header.
  public func render(
    into buffer: inout Buffer, area: Rect, state: TableState, rowCount: Int,
    row: (Int) -> TableRow, isFocused: Bool = true
  ) {
    buffer.fill(area, role: .normal)
    guard !area.isEmpty else { return }
    let widths = columnWidths(totalWidth: area.width)
    var y = area.y
    if showsHeader {
      renderHeader(into: &buffer, x: area.x, y: y, width: area.width, widths: widths)
      y += 1
    }
    let pageSize = Table.visibleRows(area: area, showsHeader: showsHeader)
    guard rowCount > 0, pageSize > 0 else { return }
    let offset = TableState.visibleOffset(
      scrollOffset: state.scrollOffset, selectedIndex: state.selectedIndex, pageSize: pageSize,
      rowCount: rowCount)
    let selected = TableState.clamp(state.selectedIndex, rowCount: rowCount)
    for index in offset..<min(rowCount, offset + pageSize) {
      let data = row(index)
      let isSelected = index == selected
      let isMarked = state.marked.contains(data.id)
      let rowRole: StyleRole
      if isSelected {
        rowRole = isFocused ? .listRowSelected : .listRowSelectedInactive
      } else {
        rowRole = isMarked ? .listRowMarked : .listRow
      }
      let line = Rect(x: area.x, y: y, width: area.width, height: 1)
      buffer.fill(line, role: rowRole)
      if isSelected { buffer.put("▶", x: area.x, y: y, role: rowRole, clip: line) }
      if isMarked { buffer.put("●", x: area.x + 1, y: y, role: rowRole, clip: line) }
      var x = area.x + Table.gutterWidth
      for (column, width) in zip(columns.indices, widths) where width > 0 {
        let text = column < data.cells.count ? data.cells[column] : ""
        var role = rowRole
        if !isSelected, column < data.cellRoles.count, let cellRole = data.cellRoles[column] {
          role = cellRole
        }
        let shown = DisplayWidth.fit(text, width: width, alignment: columns[column].alignment)
        buffer.write(shown, x: x, y: y, role: role, maxWidth: width, clip: line)
        x += width + 1
      }
      if isSelected && isFocused {
        buffer.cursor = Point(x: min(area.x + Table.gutterWidth, area.maxX - 1), y: y)
      }
      y += 1
    }
  }

  private func renderHeader(
    into buffer: inout Buffer, x left: Int, y: Int, width: Int, widths: [Int]
  ) {
    let line = Rect(x: left, y: y, width: width, height: 1)
    buffer.fill(line, role: .listHeader)
    var x = left + Table.gutterWidth
    for (column, columnWidth) in zip(columns, widths) where columnWidth > 0 {
      var title = column.title
      if let sort, sort.columnID == column.id {
        let mark = sort.ascending ? "▲" : "▼"
        let room = columnWidth - DisplayWidth.columns(mark)
        if DisplayWidth.columns(title) > room {
          title = DisplayWidth.fit(title, width: room)
          while title.last == " " { title.removeLast() }
        }
        title += mark
      }
      let shown = DisplayWidth.fit(title, width: columnWidth, alignment: column.alignment)
      buffer.write(shown, x: x, y: y, role: .listHeader, maxWidth: columnWidth, clip: line)
      x += columnWidth + 1
    }
  }
}
