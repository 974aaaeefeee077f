/// A small chart of a series of values drawn with block characters, one column a value.
public enum Sparkline {
  /// Eighth blocks from one eighth to full height.
  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// Draws the last `area.width` values as vertical bars filling `area` from the bottom.
  ///
  /// Values are scaled to `maxValue` (default: the largest value shown). Zero, negative and
  /// non-finite values draw nothing; any positive value draws at least one eighth of a row,
  /// so a small count is never mistaken for none. Bars use `role`.
  public static func render(
    into buffer: inout Buffer, area: Rect, values: [Double], maxValue: Double? = nil,
    role: StyleRole = .chartBar
  ) {
    buffer.fill(area, role: .normal)
    guard !area.isEmpty, !values.isEmpty else { return }
    let shown = values.suffix(area.width).map { $0.isFinite ? max(0, $0) : 0 }
    let top = maxValue ?? (shown.max() ?? 0)
    guard top > 0, top.isFinite else { return }
    let eighthsPerColumn = area.height * 8
    for (column, value) in shown.enumerated() {
      guard value > 0 else { continue }
      let eighths = max(1, value.steps(of: top, eighthsPerColumn))
      let x = area.x + column
      for row in 0..<area.height {
        let filled = eighths - row * 8
        guard filled > 0 else { break }
        let y = area.maxY - 1 - row
        buffer.put(levels[min(8, filled) - 1], x: x, y: y, role: role, clip: area)
      }
    }
  }
}
