/// A single-line box with an optional title in its top border.
public enum Box {
  /// Draws a box around `rect` and returns the rectangle inside its border.
  ///
  /// The border uses `┌─┐│└┘` in `role`; the title sits in the top border after one dash,
  /// padded by a space on each side and clipped by display width. The inside is not cleared.
  /// A rectangle smaller than 2×2 gets no border and is returned as is.
  @discardableResult
  public static func draw(
    in buffer: inout Buffer, _ rect: Rect, title: String? = nil, role: StyleRole = .border,
    titleRole: StyleRole = .title
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return rect }
    let top = rect.y
    let bottom = rect.maxY - 1
    let left = rect.x
    let right = rect.maxX - 1
    for x in (left + 1)..<right {
      buffer.put("─", x: x, y: top, role: role)
      buffer.put("─", x: x, y: bottom, role: role)
    }
    for y in (top + 1)..<bottom {
      buffer.put("│", x: left, y: y, role: role)
      buffer.put("│", x: right, y: y, role: role)
    }
    buffer.put("┌", x: left, y: top, role: role)
    buffer.put("┐", x: right, y: top, role: role)
    buffer.put("└", x: left, y: bottom, role: role)
    buffer.put("┘", x: right, y: bottom, role: role)
    if let title, !title.isEmpty {
      // Room between "┌─" and "┐", keeping a space either side of the title.
      let room = rect.width - 5
      if room > 0 {
        var shown = DisplayWidth.fit(title, width: room)
        while shown.last == " " { shown.removeLast() }
        buffer.write(" " + shown + " ", x: left + 2, y: top, role: titleRole, maxWidth: room + 2)
      }
    }
    return rect.inset(by: 1)
  }
}
