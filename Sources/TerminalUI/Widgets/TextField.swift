/// A single-line text input drawn from a `TextFieldState`.
public enum TextField {
  /// Draws the field in the first row of `area`.
  ///
  /// The text scrolls horizontally by display width so the cursor is always visible (the
  /// offset is worked out from the state; the state is not changed). A wide character cut by
  /// the left edge shows as a blank. An empty field shows `placeholder` in
  /// `.inputPlaceholder`. When focused, the cell under the cursor takes `.inputCursor` and the
  /// terminal cursor is put there.
  public static func render(
    into buffer: inout Buffer, area: Rect, state: TextFieldState, placeholder: String = "",
    isFocused: Bool = true
  ) {
    let line = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
    guard !line.isEmpty else { return }
    buffer.fill(line, role: .inputText)
    if state.text.isEmpty && !placeholder.isEmpty {
      let shown = DisplayWidth.fit(placeholder, width: line.width)
      buffer.write(shown, x: line.x, y: line.y, role: .inputPlaceholder, clip: line)
    }
    let offset = state.visibleOffset(width: line.width)
    var column = 0
    for character in state.text {
      let width = DisplayWidth.columns(character)
      defer { column += width }
      if column + width <= offset { continue }
      if column >= offset + line.width { break }
      if column < offset { continue }  // cut by the left edge: stays blank
      buffer.put(character, x: line.x + column - offset, y: line.y, role: .inputText, clip: line)
    }
    guard isFocused else { return }
    let x = line.x + state.cursorColumn - offset
    guard x >= line.x, x < line.maxX else { return }
    let cursorCell = buffer[x, line.y]
    let cursorWidth = max(1, Int(cursorCell.width))
    buffer.setRole(.inputCursor, in: Rect(x: x, y: line.y, width: cursorWidth, height: 1))
    buffer.cursor = Point(x: x, y: line.y)
  }
}
