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
  /// Each binding shows its first key in short form (see `shortNotation`). Bindings in `pinned`
  /// (such as help) keep their place at the right end whatever else must be left out.
  public static func render(
    into buffer: inout Buffer, area: Rect, bindings: [KeyBinding], pinned: [KeyBinding] = []
  ) {
    let pinnedCommands = Set(pinned.map(\.command))
    let hints = self.hints(bindings.filter { !pinnedCommands.contains($0.command) })
    let right = self.hints(pinned)
    let rightWidth = right.enumerated().reduce(0) { total, item in
      total + (item.offset > 0 ? 2 : 0) + DisplayWidth.columns(item.element.keys)
        + (item.element.label.isEmpty ? 0 : DisplayWidth.columns(item.element.label) + 1)
    }
    guard !right.isEmpty, rightWidth + 2 < area.width else {
      render(into: &buffer, area: area, hints: hints)
      return
    }
    render(
      into: &buffer,
      area: Rect(x: area.x, y: area.y, width: area.width - rightWidth - 2, height: area.height),
      hints: hints)
    render(
      into: &buffer,
      area: Rect(x: area.maxX - rightWidth, y: area.y, width: rightWidth, height: area.height),
      hints: right)
  }

  /// The `key label` pairs of bindings that have a hint.
  static func hints(_ bindings: [KeyBinding]) -> [(keys: String, label: String)] {
    bindings.compactMap { binding -> (keys: String, label: String)? in
      guard !binding.hint.isEmpty, let key = binding.keys.first else { return nil }
      return (shortNotation(key), binding.hint)
    }
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
