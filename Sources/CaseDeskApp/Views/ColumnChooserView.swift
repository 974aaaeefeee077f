import TerminalUI

/// The column chooser: every column with a check mark, in the order they will be shown.
enum ColumnChooserView {
  /// Draws the chooser centred on the screen.
  static func render(
    _ chooser: ColumnChooserState, strings: Strings, into buffer: inout Buffer, size: Size
  ) {
    let pane = ListPanes.pane(for: chooser.pane) ?? EnterpriseList.self
    let titles = chooser.entries.map { pane.columnTitle($0.id, strings: strings) }
    let longest = titles.map { DisplayWidth.columns($0) }.max() ?? 0
    let width = min(
      size.width, max(longest + 10, DisplayWidth.columns(strings[.columnsTitle]) + 6))
    let height = min(size.height - 2, chooser.entries.count + 2)
    let box = Rect(
      x: (size.width - width) / 2, y: 1 + (size.height - 2 - height) / 2, width: width,
      height: height)
    buffer.fill(box, role: .dialog)
    let inner = Box.draw(
      in: &buffer, box, title: strings[.columnsTitle], role: .dialog, titleRole: .dialogTitle)
    let offset = TableState.visibleOffset(
      scrollOffset: 0, selectedIndex: chooser.cursor, pageSize: inner.height,
      rowCount: chooser.entries.count)
    for row in 0..<inner.height {
      let index = offset + row
      guard index < chooser.entries.count else { break }
      let entry = chooser.entries[index]
      let selected = index == chooser.cursor
      let role: StyleRole = selected ? .listRowSelected : .dialog
      let y = inner.y + row
      buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
      buffer.write(
        (entry.isShown ? "[x] " : "[ ] ") + titles[index], x: inner.x + 1, y: y, role: role,
        maxWidth: inner.width - 1)
    }
  }
}
