import TerminalUI

/// A list pane's table in a titled box: the count (or matches) and marks in the title, the
/// filter line at the foot while there is a filter, and a dim line when nothing shows.
enum ListBoxView {
  /// The table's part of the box's inside: all of it, less a filter line while one is shown.
  static func tableArea(_ inner: Rect, list: ListState) -> Rect {
    guard list.isEditingFilter || list.isFiltered, inner.height > 2 else { return inner }
    return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
  }

  /// Rows of records the table shows in a box drawn at `area`.
  static func visibleRowCount(in area: Rect, list: ListState) -> Int {
    Table.visibleRows(area: tableArea(area.inset(by: 1), list: list), showsHeader: true)
  }

  /// Draws the box, its table of `list.order` and the filter line.
  static func render(
    _ list: ListState, title: String, columns: [TableColumn], emptyText: String,
    strings: Strings, isFocused: Bool, into buffer: inout Buffer, area: Rect,
    row: (Int) -> TableRow
  ) {
    var text = title + " · "
    if list.isFiltered {
      text += strings.format(.listMatches, "\(list.order.count)", "\(list.totalCount)")
    } else {
      text += strings.format(.listCount, "\(list.order.count)")
    }
    if !list.table.marked.isEmpty {
      text += " · " + strings.format(.listMarked, "\(list.table.marked.count)")
    }
    let boxInner = Box.draw(in: &buffer, area, title: text)
    let inner = tableArea(boxInner, list: list)
    if inner.height < boxInner.height {
      FilterLineView.render(
        list, strings: strings, into: &buffer,
        row: Rect(x: boxInner.x, y: boxInner.maxY - 1, width: boxInner.width, height: 1))
    }
    let table = Table(columns: columns, sort: list.sort)
    table.render(
      into: &buffer, area: inner, state: list.table, rowCount: list.order.count, row: row,
      isFocused: isFocused && !list.isEditingFilter)
    if list.order.isEmpty {
      buffer.write(
        list.isFiltered ? strings[.listNoMatches] : emptyText, x: inner.x + 2, y: inner.y + 1,
        role: .dim, maxWidth: inner.width - 2)
    }
  }
}
