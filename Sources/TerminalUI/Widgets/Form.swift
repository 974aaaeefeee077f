/// A form drawn from a `FormState`: a titled box of labelled fields centred in an area.
///
/// Each field takes one row (focus mark, label with its required mark, value) and one more
/// for its error (error role) or hint. The rows scroll to keep the focused field visible,
/// with ▲/▼ in the right border when rows are hidden; the last row inside the box is the
/// summary. An open pick list is drawn as a popup under (or above) its field.
public enum Form {
  /// The widest the form's box gets.
  public static let maximumWidth = 72

  /// The box the form takes inside `area`.
  public static func frame(in area: Rect, state: FormState) -> Rect {
    let width = min(area.width, maximumWidth)
    let height = min(area.height, max(5, state.totalRows + 3))
    return area.centered(width: width, height: height)
  }

  /// The rows available to the fields when the form is drawn in `area`.
  public static func viewportHeight(in area: Rect, state: FormState) -> Int {
    max(0, frame(in: area, state: state).height - 3)
  }

  /// Draws the form centred in `area`, clearing what is under it.
  public static func render(into buffer: inout Buffer, area: Rect, state: FormState) {
    let box = frame(in: area, state: state)
    guard box.width >= 12, box.height >= 4 else { return }
    buffer.fill(box, role: .dialog)
    let inner = Box.draw(
      in: &buffer, box, title: state.title, role: .dialog, titleRole: .dialogTitle)
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let viewport = Rect(
      x: content.x, y: content.y, width: content.width, height: content.height - 1)
    let offset = state.visibleOffset(height: viewport.height)
    let labelWidth = labelColumns(state, contentWidth: content.width)
    var row = 0
    var popupAnchor: (y: Int, x: Int)?
    for (index, field) in state.fields.enumerated() {
      defer { row += field.rowCount }
      let y = viewport.y + row - offset
      let isFocused = index == state.focusedIndex
      if y >= viewport.y, y < viewport.maxY {
        let valueX = drawLine(
          field, isFocused: isFocused, y: y, content: content, labelWidth: labelWidth,
          state: state, into: &buffer)
        if isFocused, case .choice(let list) = field.kind, list.isOpen {
          popupAnchor = (y, valueX)
        }
      }
      if let note = field.note, y + 1 >= viewport.y, y + 1 < viewport.maxY {
        let noteArea = Rect(x: content.x + 2, y: y + 1, width: content.width - 2, height: 1)
        buffer.write(
          DisplayWidth.fit(note, width: noteArea.width), x: noteArea.x, y: noteArea.y,
          role: field.error != nil ? errorRole : .dim, clip: noteArea)
      }
    }
    if offset > 0 { buffer.put("▲", x: box.maxX - 1, y: viewport.y, role: .dialog) }
    if offset + viewport.height < state.totalRows {
      buffer.put("▼", x: box.maxX - 1, y: viewport.maxY - 1, role: .dialog)
    }
    if let summary = state.summary {
      let line = Rect(x: content.x, y: content.maxY - 1, width: content.width, height: 1)
      buffer.write(
        DisplayWidth.fit(summary, width: line.width), x: line.x, y: line.y,
        role: state.summaryIsError ? errorRole : .dim, clip: line)
    }
    if let anchor = popupAnchor, case .choice(let list)? = state.focused?.kind {
      renderPickList(list, below: anchor.y, x: anchor.x - 1, area: area, into: &buffer)
    }
  }

  /// The role of error lines.
  static let errorRole: StyleRole = "input.error"
  /// The role of field labels.
  static let labelRole: StyleRole = "form.label"
  /// The role of the required mark.
  static let requiredRole: StyleRole = "form.required"

  /// The columns given to labels (with their required mark): the longest, up to 2/5 of the row.
  static func labelColumns(_ state: FormState, contentWidth: Int) -> Int {
    let longest = state.fields.map { DisplayWidth.columns($0.label) + 1 }.max() ?? 1
    return max(1, min(longest, contentWidth * 2 / 5))
  }

  /// Draws one field's line and returns the column where its value starts.
  private static func drawLine(
    _ field: FormField, isFocused: Bool, y: Int, content: Rect, labelWidth: Int,
    state: FormState, into buffer: inout Buffer
  ) -> Int {
    let rowRect = Rect(x: content.x, y: y, width: content.width, height: 1)
    if isFocused { buffer.put("▸", x: content.x, y: y, role: .dialogTitle, clip: rowRect) }
    let labelX = content.x + 1
    let label = DisplayWidth.fit(field.label, width: labelWidth - 1, ellipsis: true)
    let written = buffer.write(
      label, x: labelX, y: y, role: isFocused ? .listRowSelected : labelRole,
      maxWidth: labelWidth - 1, clip: rowRect)
    let trimmedWidth = DisplayWidth.columns(trailingSpacesRemoved(label))
    if field.isRequired {
      buffer.put(
        "*", x: labelX + min(written, trimmedWidth), y: y, role: requiredRole, clip: rowRect)
    }
    let valueX = labelX + labelWidth + 1
    let valueRect = Rect(x: valueX, y: y, width: max(0, content.maxX - valueX), height: 1)
    guard !valueRect.isEmpty else { return valueX }
    switch field.kind {
    case .text(let text):
      if field.isEditable {
        TextField.render(into: &buffer, area: valueRect, state: text, isFocused: isFocused)
      } else {
        buffer.write(
          DisplayWidth.fit(text.text, width: valueRect.width), x: valueX, y: y, role: .dim,
          clip: valueRect)
      }
    case .choice(let list):
      buffer.fill(valueRect, role: .inputText)
      let shown = DisplayWidth.fit(list.value, width: max(0, valueRect.width - 2))
      buffer.write(shown, x: valueX, y: y, role: .inputText, clip: valueRect)
      buffer.put("▾", x: valueRect.maxX - 1, y: y, role: .inputText, clip: valueRect)
      if isFocused {
        buffer.setRole(.inputCursor, in: Rect(x: valueX, y: y, width: 1, height: 1))
        buffer.cursor = Point(x: valueX, y: y)
      }
    case .toggle(let isOn):
      let text = (isOn ? "[x] " : "[ ] ") + (isOn ? state.yesText : state.noText)
      buffer.write(text, x: valueX, y: y, role: .inputText, clip: valueRect)
      if isFocused {
        buffer.setRole(.inputCursor, in: Rect(x: valueX + 1, y: y, width: 1, height: 1))
        buffer.cursor = Point(x: valueX + 1, y: y)
      }
    }
    return valueX
  }

  /// Draws an open pick list: a box with the filter on its first row, then the matches.
  static func renderPickList(
    _ list: PickListState, below fieldY: Int, x: Int, area: Rect, into buffer: inout Buffer
  ) {
    let matches = list.matches
    let widest = matches.map { DisplayWidth.columns($0) }.max() ?? 0
    let width = min(area.width, max(16, widest + 4, DisplayWidth.columns(list.query.text) + 5))
    let wanted = 3 + max(1, min(matches.count, 8))
    var top = fieldY + 1
    var height = wanted
    if top + height > area.maxY {
      if fieldY - area.y >= wanted {
        top = fieldY - wanted
      } else {
        // Fits neither below nor above the field: as tall as it can be, over the field.
        height = min(wanted, area.height)
        top = max(area.y, area.maxY - height)
      }
    }
    guard height >= 4 else { return }
    let left = max(area.x, min(x, area.maxX - width))
    let popup = Rect(x: left, y: top, width: width, height: height)
    buffer.fill(popup, role: .dialog)
    let inner = Box.draw(in: &buffer, popup, role: .dialog, titleRole: .dialogTitle)
    let rows = inner.height - 1
    let offset = list.visibleOffset(height: rows)
    for row in 0..<rows {
      let index = offset + row
      guard index < matches.count else { break }
      let line = Rect(x: inner.x, y: inner.y + 1 + row, width: inner.width, height: 1)
      let selected = index == list.highlighted
      buffer.fill(line, role: selected ? .listRowSelected : .dialog)
      if selected { buffer.put("▸", x: line.x, y: line.y, role: .listRowSelected, clip: line) }
      buffer.write(
        DisplayWidth.fit(matches[index], width: line.width - 1), x: line.x + 1, y: line.y,
        role: selected ? .listRowSelected : .dialogText, clip: line)
    }
    if offset > 0 { buffer.put("▲", x: popup.maxX - 1, y: inner.y + 1, role: .dialog) }
    if offset + rows < matches.count {
      buffer.put("▼", x: popup.maxX - 1, y: inner.maxY - 1, role: .dialog)
    }
    TextField.render(
      into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1),
      state: list.query, placeholder: list.placeholder, isFocused: true)
  }

  private static func trailingSpacesRemoved(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
  }
}
