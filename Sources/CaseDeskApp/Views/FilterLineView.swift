import TerminalUI

/// The filter line at the foot of a list: `/` and the text, editable while filtering.
enum FilterLineView {
  /// Draws the filter line in `row`.
  static func render(_ list: ListState, strings: Strings, into buffer: inout Buffer, row: Rect) {
    buffer.fill(row, role: .normal)
    buffer.write("/", x: row.x, y: row.y, role: .searchMatch)
    let fieldWidth = max(1, row.width - 2)
    if list.isEditingFilter {
      TextField.render(
        into: &buffer, area: Rect(x: row.x + 2, y: row.y, width: fieldWidth, height: 1),
        state: list.filter, placeholder: strings[.filterPlaceholder], isFocused: true)
    } else {
      buffer.write(
        list.filter.text, x: row.x + 2, y: row.y, role: .searchMatch, maxWidth: fieldWidth)
    }
  }
}
