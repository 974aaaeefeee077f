/// The text, cursor and horizontal scroll of a single-line text field.
///
/// The cursor counts Characters (grapheme clusters), so a Chinese character typed through an
/// input method is one step however many columns or scalars it takes. Editing follows the
/// readline keys: `<C-a>`/`<C-e>` home/end, `<C-u>` clear to start, `<C-k>` clear to end,
/// `<C-w>` delete the previous word.
public struct TextFieldState: Equatable, Sendable {
  public var text: String
  /// The cursor position in Characters, from 0 (before the first) to `text.count`.
  public var cursor: Int
  /// The first display column shown; `TextField.render` adjusts it to keep the cursor visible.
  public var scrollOffset: Int

  /// A field holding `text` with the cursor at its end.
  public init(text: String = "") {
    self.text = text
    self.cursor = text.count
    self.scrollOffset = 0
  }

  /// Applies one key and tells whether the field used it.
  ///
  /// Keys the field does not use (Enter, Esc, Tab, arrows up and down, other control keys)
  /// return false, so the caller can act on them.
  public mutating func handle(_ key: Key) -> Bool {
    cursor = max(0, min(cursor, text.count))
    switch key {
    case .character(let character):
      guard TextFieldState.isInsertable(character) else { return false }
      text.insert(character, at: index(cursor))
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      text.remove(at: index(cursor - 1))
      cursor -= 1
    case .delete:
      guard cursor < text.count else { return true }
      text.remove(at: index(cursor))
    case .left:
      cursor = max(0, cursor - 1)
    case .right:
      cursor = min(text.count, cursor + 1)
    case .home, .control("a"):
      cursor = 0
    case .end, .control("e"):
      cursor = text.count
    case .control("u"):
      text.removeSubrange(text.startIndex..<index(cursor))
      cursor = 0
    case .control("k"):
      text.removeSubrange(index(cursor)..<text.endIndex)
    case .control("w"):
      deletePreviousWord()
    default:
      return false
    }
    return true
  }

  /// Whether a typed character belongs in a one-line field (not a line break or control).
  private static func isInsertable(_ character: Character) -> Bool {
    guard !character.isNewline, character != "\t" else { return false }
    return DisplayWidth.isPrintable(character)
  }

  /// The index of the `offset`-th Character of the text.
  private func index(_ offset: Int) -> String.Index {
    text.index(text.startIndex, offsetBy: max(0, min(offset, text.count)))
  }

  /// Deletes the spaces before the cursor, then the word before them.
  private mutating func deletePreviousWord() {
    var start = cursor
    let characters = Array(text)
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    text.removeSubrange(index(start)..<index(cursor))
    cursor = start
  }

  /// The display column of the cursor, counted from the start of the text.
  public var cursorColumn: Int {
    DisplayWidth.columns(String(text.prefix(max(0, cursor))))
  }

  /// The first column to show in a field `width` columns wide so that the cursor is visible.
  ///
  /// Starts from `scrollOffset` and moves as little as needed; there is always room for the
  /// cursor cell after the last character, and no blank space is left at the right while
  /// text is hidden at the left.
  public func visibleOffset(width: Int) -> Int {
    guard width > 0 else { return 0 }
    let column = cursorColumn
    let clamped = max(0, min(cursor, text.count))
    let under = clamped < text.count ? DisplayWidth.columns(Array(text)[clamped]) : 1
    let total = DisplayWidth.columns(text) + (clamped == text.count ? 1 : 0)
    var offset = max(0, min(scrollOffset, total - width))
    if column + under > offset + width { offset = column + under - width }
    return max(0, min(offset, column))
  }

  /// Stores the scroll position `TextField.render` would use for a field `width` wide.
  ///
  /// Calling this after each edit keeps the view from jumping when the cursor moves back.
  public mutating func scrollToCursor(width: Int) {
    scrollOffset = visibleOffset(width: width)
  }
}
