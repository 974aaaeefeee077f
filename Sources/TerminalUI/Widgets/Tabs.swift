/// A row of numbered tabs, such as `1 企业  2 案件`, with the active one bracketed.
public enum Tabs {
  /// Draws the tabs in the first row of `area`.
  ///
  /// Titles are numbered from 1 (the digit keys switch panes). The active tab is drawn
  /// `[2 案件]` in `.tabActive`, the others ` 1 企业 ` in `.tab`, so the active one shows
  /// without colour. When the row is too narrow, inactive tabs shrink to their numbers and the
  /// active title is cut to fit.
  public static func render(into buffer: inout Buffer, area: Rect, titles: [String], selected: Int)
  {
    let line = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
    guard !line.isEmpty else { return }
    buffer.fill(line, role: .tab)
    let labels = titles.enumerated().map { "\($0.offset + 1) \($0.element)" }
    let full = labels.reduce(0) { $0 + DisplayWidth.columns($1) + 2 }
    let compact = full > line.width
    var x = line.x
    for (index, label) in labels.enumerated() {
      if index == selected {
        var shown = label
        if compact {
          let others = labels.indices.filter { $0 != index }
            .reduce(0) { $0 + DisplayWidth.columns(String($1 + 1)) + 2 }
          let room = max(1, line.width - others - 2)
          if room < DisplayWidth.columns(label) {
            shown = DisplayWidth.fit(label, width: room)
            while shown.last == " " { shown.removeLast() }
          }
        }
        x += buffer.write("[" + shown + "]", x: x, y: line.y, role: .tabActive, clip: line)
      } else {
        let shown = compact ? String(index + 1) : label
        x += buffer.write(" " + shown + " ", x: x, y: line.y, role: .tab, clip: line)
      }
    }
  }
}
