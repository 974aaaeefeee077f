import TerminalUI

/// The `:` command line on the message row, with completion candidates listed above it.
enum CommandLineView {
  /// Draws the command line and, after a Tab, its candidates.
  static func render(
    _ line: CommandLineState, strings: Strings, into buffer: inout Buffer, row: Rect
  ) {
    buffer.fill(row, role: .inputText)
    buffer.write(":", x: row.x, y: row.y, role: .inputText)
    TextField.render(
      into: &buffer, area: Rect(x: row.x + 1, y: row.y, width: row.width - 1, height: 1),
      state: line.field, isFocused: true)
    guard !line.completions.isEmpty else { return }
    let shown = Array(line.completions.prefix(max(0, min(8, row.y - 2))))
    let width = min(row.width, (shown.map { DisplayWidth.columns($0) }.max() ?? 0) + 4)
    for (index, candidate) in shown.enumerated() {
      let y = row.y - shown.count + index
      let selected = index == line.completionIndex
      let role: StyleRole = selected ? .listRowSelected : .dialog
      buffer.fill(Rect(x: row.x, y: y, width: width, height: 1), role: role)
      buffer.write(
        (selected ? "▶ " : "  ") + candidate, x: row.x, y: y, role: role, maxWidth: width)
    }
  }
}
