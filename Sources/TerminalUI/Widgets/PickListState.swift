/// The options, chosen value and open/closed state of a pick list that filters as you type.
///
/// Closed, the list shows its value and ←/→ cycle through the options. Open, typed text
/// narrows the options to those containing it (case-insensitively), ↑/↓ move the highlight,
/// Enter chooses and Esc closes without choosing. A list that allows free entry also offers
/// the typed text itself as the first choice when no option is exactly that.
public struct PickListState: Equatable, Sendable {
  public var options: [String]
  /// The chosen value (an option, or free text where allowed); empty when none is chosen.
  public var value: String
  public var allowsFreeEntry: Bool
  public var isOpen: Bool
  /// The filter typed while open.
  public var query: TextFieldState
  /// The highlighted row of `matches`.
  public var highlighted: Int
  /// The first row of `matches` shown.
  public var scrollOffset: Int
  /// Shown in the empty filter line of the open list (already localized).
  public var placeholder: String

  /// A closed list with a value.
  public init(
    options: [String], value: String = "", allowsFreeEntry: Bool = false, placeholder: String = ""
  ) {
    self.options = options
    self.value = value
    self.allowsFreeEntry = allowsFreeEntry
    self.isOpen = false
    self.query = TextFieldState()
    self.highlighted = 0
    self.scrollOffset = 0
    self.placeholder = placeholder
  }

  /// The rows the open list shows: the options containing the query, the free text first.
  public var matches: [String] {
    let typed = PickListState.trimmed(query.text)
    guard !typed.isEmpty else { return options }
    let needle = typed.lowercased()
    let found = options.filter { $0.lowercased().contains(needle) }
    if allowsFreeEntry, !options.contains(typed) { return [typed] + found }
    return found
  }

  /// Opens the list with a starting filter, highlighting the current value when it shows.
  public mutating func open(query text: String = "") {
    isOpen = true
    query = TextFieldState(text: text)
    scrollOffset = 0
    highlighted = max(0, matches.firstIndex(of: value) ?? 0)
  }

  /// Closes the list without choosing.
  public mutating func close() {
    isOpen = false
    query = TextFieldState()
    highlighted = 0
    scrollOffset = 0
  }

  /// Chooses the option `delta` steps from the current value, wrapping around.
  public mutating func cycle(by delta: Int) {
    guard !options.isEmpty else { return }
    let count = options.count
    guard let current = options.firstIndex(of: value) else {
      value = delta >= 0 ? options[0] : options[count - 1]
      return
    }
    value = options[((current + delta) % count + count) % count]
  }

  /// Applies one key to the open list; tells whether it used the key.
  ///
  /// Enter chooses the highlighted row (and closes), Esc closes, ↑/↓ and PgUp/PgDn move the
  /// highlight, other keys edit the filter.
  public mutating func handle(_ key: Key) -> Bool {
    guard isOpen else { return false }
    let count = matches.count
    switch key {
    case .enter:
      if highlighted >= 0, highlighted < count { value = matches[highlighted] }
      close()
    case .escape:
      close()
    case .down, .tab:
      if count > 0 { highlighted = min(count - 1, highlighted + 1) }
    case .up, .backTab:
      highlighted = max(0, highlighted - 1)
    case .pageDown:
      if count > 0 { highlighted = min(count - 1, highlighted + 8) }
    case .pageUp:
      highlighted = max(0, highlighted - 8)
    default:
      guard query.handle(key) else { return false }
      highlighted = 0
      scrollOffset = 0
    }
    return true
  }

  /// The first row to show in a list `height` rows high so the highlight is visible.
  public func visibleOffset(height: Int) -> Int {
    guard height > 0 else { return 0 }
    var offset = max(0, min(scrollOffset, matches.count - height))
    if highlighted < offset { offset = highlighted }
    if highlighted >= offset + height { offset = highlighted - height + 1 }
    return max(0, offset)
  }

  /// The text without spaces at either end.
  private static func trimmed(_ text: String) -> String {
    var result = Substring(text)
    while result.first?.isWhitespace == true { result.removeFirst() }
    while result.last?.isWhitespace == true { result.removeLast() }
    return String(result)
  }
}
