/// Horizontal bars with labels and values, one row per item, laid out by display width.
public enum BarChart {
  /// Eighth blocks from one eighth to a full cell, for the bars' ends.
  static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// Draws `label ████▌ value` rows into `area`, as many items as fit.
  ///
  /// Labels are right-aligned in a column as wide as the widest label (at most a third of
  /// the area, cut with `…`); values are right-aligned after the bars as `valueText` formats
  /// them (whole numbers by default). Bars are scaled to `maxValue` (default: the largest
  /// value); negative and non-finite values draw no bar.
  public static func render(
    into buffer: inout Buffer, area: Rect, items: [(label: String, value: Double)],
    maxValue: Double? = nil, valueText: (Double) -> String = BarChart.wholeNumber
  ) {
    buffer.fill(area, role: .normal)
    guard !area.isEmpty, !items.isEmpty else { return }
    let shown = items.prefix(area.height)
    let labelWidth = min(
      shown.map { DisplayWidth.columns($0.label) }.max() ?? 0, max(0, area.width / 3))
    let texts = shown.map { valueText($0.value.isNaN ? 0 : $0.value) }
    let valueWidth = texts.map { DisplayWidth.columns($0) }.max() ?? 0
    let barStart = area.x + (labelWidth > 0 ? labelWidth + 1 : 0)
    let barWidth = area.maxX - barStart - (valueWidth > 0 ? valueWidth + 1 : 0)
    let values = shown.map { $0.value.isFinite ? max(0, $0.value) : 0 }
    let top = maxValue ?? (values.max() ?? 0)
    for (row, item) in shown.enumerated() {
      let y = area.y + row
      let line = Rect(x: area.x, y: y, width: area.width, height: 1)
      if labelWidth > 0 {
        let label = DisplayWidth.fit(item.label, width: labelWidth, alignment: .right)
        buffer.write(label, x: area.x, y: y, role: .chartLabel, clip: line)
      }
      var x = barStart
      if barWidth > 0, top > 0 {
        let eighths = values[row].steps(of: top, barWidth * 8)
        for _ in 0..<(eighths / 8) {
          buffer.put("█", x: x, y: y, role: .chartBar, clip: line)
          x += 1
        }
        if eighths % 8 > 0 {
          buffer.put(partials[eighths % 8 - 1], x: x, y: y, role: .chartBar, clip: line)
        }
      }
      if valueWidth > 0 {
        let value = DisplayWidth.fit(texts[row], width: valueWidth, alignment: .right)
        buffer.write(value, x: area.maxX - valueWidth, y: y, role: .chartLabel, clip: line)
      }
    }
  }

  /// Formats a value as a whole number, rounded.
  public static func wholeNumber(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "" }
    return String(Int(value.rounded()))
  }
}
