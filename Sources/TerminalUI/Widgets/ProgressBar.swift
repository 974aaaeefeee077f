/// A one-row progress bar: a label, `█` filled and `░` empty cells, and a percentage.
public enum ProgressBar {
  /// Draws `label ███░░░  42%` in the first row of `area`.
  ///
  /// The fraction is clamped to 0…1 (NaN counts as 0) and the percentage rounded down, so
  /// 100% shows only when the work is done. The label is cut with `…` to leave the bar at
  /// least a third of the row; a very narrow row shows only the percentage.
  public static func render(into buffer: inout Buffer, area: Rect, fraction: Double, label: String)
  {
    let line = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
    guard !line.isEmpty else { return }
    buffer.fill(line, role: .normal)
    let value = fraction.isNaN ? 0 : max(0, min(1, fraction))
    let percent = " " + String(Int(value * 100)) + "%"
    let percentText = String(repeating: " ", count: max(0, 5 - percent.count)) + percent
    var x = line.x
    let percentWidth = percentText.count
    var rest = line.width - percentWidth
    if rest >= 3 && !label.isEmpty {
      let labelRoom = min(DisplayWidth.columns(label), rest - max(2, rest / 3) - 1)
      if labelRoom > 0 {
        var shown = DisplayWidth.fit(label, width: labelRoom)
        while shown.last == " " { shown.removeLast() }
        x += buffer.write(shown + " ", x: x, y: line.y, role: .normal, clip: line)
        rest = line.maxX - percentWidth - x
      }
    }
    if rest > 0 {
      let filled = value.steps(of: 1, rest)
      for column in 0..<rest {
        let isFilled = column < filled
        buffer.put(
          isFilled ? "█" : "░", x: x + column, y: line.y,
          role: isFilled ? .progressFilled : .progressEmpty, clip: line)
      }
      x += rest
    }
    buffer.write(percentText, x: max(line.x, x), y: line.y, role: .normal, clip: line)
  }
}
