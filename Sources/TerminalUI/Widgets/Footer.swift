/// The bottom row of key hints, such as `j/k 移动  Enter 打开  ? 帮助`.
public enum Footer {
  /// Draws `key label` pairs in the first row of `area`, as many as fit whole.
  ///
  /// Keys are in `.footerKey`, labels and the rest of the row in `.footer`; pairs are two
  /// columns apart. Hints are kept in order and the first that does not fit ends the row, so
  /// the most important hints should come first.
  public static func render(
    into buffer: inout Buffer, area: Rect, hints: [(keys: String, label: String)]
  ) {
    let line = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
    guard !line.isEmpty else { return }
    buffer.fill(line, role: .footer)
    var x = line.x
    for (index, hint) in hints.enumerated() {
      let gap = index > 0 ? 2 : 0
      let labelWidth = hint.label.isEmpty ? 0 : DisplayWidth.columns(hint.label) + 1
      let width = gap + DisplayWidth.columns(hint.keys) + labelWidth
      guard x + width <= line.maxX else { break }
      x += gap
      x += buffer.write(hint.keys, x: x, y: line.y, role: .footerKey, clip: line)
      if !hint.label.isEmpty {
        x += buffer.write(" " + hint.label, x: x, y: line.y, role: .footer, clip: line)
      }
    }
  }

  /// Draws the hints of key bindings, skipping those with an empty hint.
  ///
  /// Each binding shows its first key in short form (see `shortNotation`).
  public static func render(into buffer: inout Buffer, area: Rect, bindings: [KeyBinding]) {
    let hints = bindings.compactMap { binding -> (keys: String, label: String)? in
      guard !binding.hint.isEmpty, let key = binding.keys.first else { return nil }
      return (shortNotation(key), binding.hint)
    }
    render(into: &buffer, area: area, hints: hints)
  }

  /// A key's written form made short for the footer: `Enter`, `^F`, `↓`, `PgDn`, `j`.
  public static func shortNotation(_ key: Key) -> String {
    switch key {
    case .control(let letter): return "^" + letter.uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    default:
      let notation = key.notation
      guard notation.count > 2, notation.hasPrefix("<"), notation.hasSuffix(">") else {
        return notation
      }
      return String(notation.dropFirst().dropLast())
    }
  }
}
