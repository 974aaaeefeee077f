/// The search text and scroll position of the help overlay.
public struct HelpOverlayState: Equatable, Sendable {
  /// The search field; bindings are filtered by its text.
  public var query: TextFieldState
  /// The first line of the binding list shown (clamped when drawn).
  public var scrollOffset: Int

  /// An empty search at the top of the list.
  public init(query: TextFieldState = TextFieldState(), scrollOffset: Int = 0) {
    self.query = query
    self.scrollOffset = scrollOffset
  }

  /// Applies one key and tells whether the overlay used it.
  ///
  /// Up/Down scroll by a line, PgUp/PgDn by `pageSize` lines; other keys edit the search
  /// (a changed search scrolls back to the top). Esc, Enter and Tab are not used, so the
  /// caller can close the overlay with them.
  public mutating func handle(_ key: Key, pageSize: Int = 10) -> Bool {
    switch key {
    case .up: scrollOffset = max(0, scrollOffset - 1)
    case .down: scrollOffset += 1
    case .pageUp: scrollOffset = max(0, scrollOffset - max(1, pageSize))
    case .pageDown: scrollOffset += max(1, pageSize)
    default:
      let before = query.text
      guard query.handle(key) else { return false }
      if query.text != before { scrollOffset = 0 }
    }
    return true
  }
}
