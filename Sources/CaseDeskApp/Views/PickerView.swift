import TerminalUI

/// The pop-up pick list: a title with the match count, the typed text, and the items.
enum PickerView {
  /// The pop-up's rectangle on a screen: centred, at most 76×20, the whole screen when small.
  static func area(for size: Size) -> Rect {
    let width = min(size.width, 76)
    let height = min(size.height - 2, 20)
    return Rect(
      x: (size.width - width) / 2, y: 1 + (size.height - 2 - height) / 2, width: width,
      height: height)
  }

  /// Draws the pick list.
  static func render(_ picker: PickerState, strings: Strings, into buffer: inout Buffer, size: Size)
  {
    let box = area(for: size)
    buffer.fill(box, role: .dialog)
    var title = picker.title
    let searches = picker.purpose == .quickLookup || picker.purpose == .admitEnterprise
    if searches && !picker.field.text.isEmpty {
      title += " · " + strings.format(.listCount, "\(picker.matchCount)")
    }
    let inner = Box.draw(in: &buffer, box, title: title, role: .dialog, titleRole: .dialogTitle)
    guard inner.height >= 2, inner.width >= 4 else { return }
    buffer.write("›", x: inner.x, y: inner.y, role: .dialogTitle)
    TextField.render(
      into: &buffer, area: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1),
      state: picker.field,
      placeholder: searches ? strings[.lookupPlaceholder] : "",
      isFocused: true)
    let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    if picker.items.isEmpty {
      let text =
        searches && picker.field.text.isEmpty
        ? strings[.lookupHint] : strings[.listNoMatches]
      buffer.write(text, x: listArea.x + 1, y: listArea.y, role: .dim, maxWidth: listArea.width - 1)
      return
    }
    let offset = TableState.visibleOffset(
      scrollOffset: max(0, picker.selected - listArea.height + 1), selectedIndex: picker.selected,
      pageSize: listArea.height, rowCount: picker.items.count)
    let textWidth = min(listArea.width - 2, max(listArea.width / 2, 24))
    for row in 0..<listArea.height {
      let index = offset + row
      guard index < picker.items.count else { break }
      let item = picker.items[index]
      let y = listArea.y + row
      let selected = index == picker.selected
      let role: StyleRole = selected ? .listRowSelected : .dialog
      buffer.fill(Rect(x: listArea.x, y: y, width: listArea.width, height: 1), role: role)
      buffer.write(
        (selected ? "▶ " : "  ") + DisplayWidth.fit(item.text, width: textWidth), x: listArea.x,
        y: y, role: role, maxWidth: listArea.width)
      let detailX = listArea.x + 2 + textWidth + 1
      if detailX < listArea.maxX {
        buffer.write(
          item.detail, x: detailX, y: y, role: selected ? role : .dim,
          maxWidth: listArea.maxX - detailX)
      }
    }
  }
}
