/// A searchable list of key bindings, grouped by scope, drawn in a box over the screen.
///
/// It is generated from the live key map, so it always tells what the keys really do.
public enum HelpOverlay {
  /// The bindings whose keys, hint, description, command or scope contain `query`.
  ///
  /// Matching ignores case and surrounding spaces; an empty query matches everything. Keys
  /// are matched by their written form (`<C-f>`, `j/<Down>`).
  public static func matchingBindings(_ bindings: [KeyBinding], query: String) -> [KeyBinding] {
    let needle = query.trimmingSpaces().lowercased()
    guard !needle.isEmpty else { return bindings }
    return bindings.filter { binding in
      [
        binding.keysNotation, binding.hint, binding.description, binding.command,
        binding.scope.name,
      ].contains { $0.lowercased().contains(needle) }
    }
  }

  /// One line of the overlay's list: a scope heading or a binding.
  enum Line: Equatable {
    case heading(String)
    case binding(keys: String, text: String)
  }

  /// The list's lines: each scope (in order of first appearance) then its bindings.
  static func lines(_ bindings: [KeyBinding], scopeTitle: (KeyScope) -> String) -> [Line] {
    var scopes: [KeyScope] = []
    var byScope: [KeyScope: [KeyBinding]] = [:]
    for binding in bindings {
      if byScope[binding.scope] == nil { scopes.append(binding.scope) }
      byScope[binding.scope, default: []].append(binding)
    }
    var lines: [Line] = []
    for scope in scopes {
      lines.append(.heading(scopeTitle(scope)))
      for binding in byScope[scope] ?? [] {
        let text = binding.description.isEmpty ? binding.hint : binding.description
        lines.append(.binding(keys: keysText(binding.keys), text: text))
      }
    }
    return lines
  }

  /// All keys of a binding for the keys column: `j/<Down>`, or `/ <C-f>` when one of them is
  /// the slash itself.
  static func keysText(_ keys: [Key]) -> String {
    let separator = keys.contains(.character("/")) ? " " : "/"
    return keys.map(\.notation).joined(separator: separator)
  }

  /// The box the overlay takes inside `area`: nearly all of it, at most 78 columns wide.
  public static func frame(in area: Rect) -> Rect {
    let width = area.width > 44 ? min(area.width - 4, 78) : area.width
    let height = area.height > 14 ? area.height - 2 : area.height
    return area.centered(width: width, height: height)
  }

  /// Lines of bindings that fit in the overlay drawn in `area` (a page, for scrolling).
  public static func visibleLines(area: Rect) -> Int {
    max(0, frame(in: area).height - 4)
  }

  /// Draws the overlay: a box titled `title`, the search field, then the matching bindings.
  ///
  /// Bindings are grouped under `scopeTitle(scope)` headings, with all their keys in the
  /// left column (`j/<Down>`) and the description (or the hint when there is none) on the
  /// right. The list starts at `state.scrollOffset`, clamped so the last page stays full;
  /// `↑`/`↓` in the border tell that more lines are above or below. The terminal cursor is
  /// put in the search field.
  public static func render(
    into buffer: inout Buffer, area: Rect, title: String, bindings: [KeyBinding],
    state: HelpOverlayState, scopeTitle: (KeyScope) -> String, searchLabel: String
  ) {
    let box = frame(in: area)
    guard box.width >= 8, box.height >= 4 else { return }
    buffer.fill(box, role: .dialog)
    let inner = Box.draw(in: &buffer, box, title: title, role: .dialog, titleRole: .dialogTitle)
    let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let labelWidth = buffer.write(
      searchLabel + " ", x: content.x, y: content.y, role: .dialog, clip: content)
    let field = Rect(
      x: content.x + labelWidth, y: content.y, width: content.width - labelWidth, height: 1)
    let list = Rect(x: content.x, y: content.y + 2, width: content.width, height: inner.height - 2)
    let matching = matchingBindings(bindings, query: state.query.text)
    let lines = lines(matching, scopeTitle: scopeTitle)
    let keysWidth = min(
      lines.reduce(0) { width, line in
        guard case .binding(let keys, _) = line else { return width }
        return max(width, DisplayWidth.columns(keys))
      }, max(4, list.width / 3))
    let offset = max(0, min(state.scrollOffset, lines.count - list.height))
    for row in 0..<min(list.height, max(0, lines.count - offset)) {
      let y = list.y + row
      switch lines[offset + row] {
      case .heading(let text):
        buffer.write(text, x: list.x, y: y, role: .helpScope, clip: list)
      case .binding(let keys, let text):
        let shownKeys = DisplayWidth.fit(keys, width: keysWidth)
        buffer.write("  " + shownKeys, x: list.x, y: y, role: .helpKey, clip: list)
        let textX = list.x + 2 + keysWidth + 2
        let textWidth = list.maxX - textX
        if textWidth > 0 {
          buffer.write(
            DisplayWidth.fit(text, width: textWidth), x: textX, y: y, role: .helpText,
            clip: list)
        }
      }
    }
    if offset > 0 { buffer.put("↑", x: box.maxX - 3, y: box.y, role: .dialog) }
    if offset + list.height < lines.count {
      buffer.put("↓", x: box.maxX - 3, y: box.maxY - 1, role: .dialog)
    }
    if !field.isEmpty {
      TextField.render(into: &buffer, area: field, state: state.query)
    }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
