/// The fields, focus and scroll of a form, and the key handling that moves between them.
///
/// Tab and ↓ go to the next editable field, Shift-Tab and ↑ to the previous one (both wrap).
/// Ctrl-S asks to save and Esc to cancel. In a text field Enter goes to the next field; on a
/// choice Enter or Space opens the pick list, typing opens it filtered, ←/→ cycle the
/// options; on a toggle Space, Enter, ←/→ and `y`/`n` change it. While a pick list is open it
/// takes every key, Esc only closing it.
public struct FormState: Equatable, Sendable {
  public var title: String
  public var fields: [FormField]
  /// The index of the focused field in `fields`.
  public var focusedIndex: Int
  /// The first form row shown; `Form.render` adjusts it to keep the focus visible.
  public var scrollOffset: Int
  /// A line at the bottom of the form (the number of problems, a refusal), if any.
  public var summary: String?
  /// Whether the summary is shown in the error role (else as a dim hint).
  public var summaryIsError: Bool
  /// The words a toggle shows for on and off.
  public var yesText: String
  public var noText: String

  /// A form focused on its first editable field.
  public init(
    title: String, fields: [FormField], yesText: String = "yes", noText: String = "no"
  ) {
    self.title = title
    self.fields = fields
    self.focusedIndex = fields.firstIndex(where: \.isEditable) ?? 0
    self.scrollOffset = 0
    self.summary = nil
    self.summaryIsError = false
    self.yesText = yesText
    self.noText = noText
  }

  /// The focused field, if the form has any.
  public var focused: FormField? {
    fields.indices.contains(focusedIndex) ? fields[focusedIndex] : nil
  }

  /// The index of the field with an id.
  public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

  /// The field with an id.
  public subscript(id: String) -> FormField? {
    index(of: id).map { fields[$0] }
  }

  /// Whether the focused field's pick list is open.
  public var isPickListOpen: Bool {
    if case .choice(let list) = focused?.kind { return list.isOpen }
    return false
  }

  /// The number of fields with an error.
  public var errorCount: Int { fields.filter { $0.error != nil }.count }

  /// Moves the focus to the next editable field, wrapping around.
  public mutating func focusNext() { moveFocus(by: 1) }

  /// Moves the focus to the previous editable field, wrapping around.
  public mutating func focusPrevious() { moveFocus(by: -1) }

  /// Focuses the field with an id, when it exists and is editable.
  public mutating func focus(_ id: String) {
    guard let index = index(of: id), fields[index].isEditable else { return }
    closePickList()
    focusedIndex = index
  }

  private mutating func moveFocus(by step: Int) {
    let count = fields.count
    guard count > 0 else { return }
    closePickList()
    var index = focusedIndex
    for _ in 0..<count {
      index = ((index + step) % count + count) % count
      if fields[index].isEditable {
        focusedIndex = index
        return
      }
    }
  }

  private mutating func closePickList() {
    guard fields.indices.contains(focusedIndex),
      case .choice(var list) = fields[focusedIndex].kind, list.isOpen
    else { return }
    list.close()
    fields[focusedIndex].kind = .choice(list)
  }

  /// Applies one key and tells what it did.
  public mutating func handle(_ key: Key) -> FormKeyResult {
    guard fields.indices.contains(focusedIndex) else {
      switch key {
      case .control("s"): return .save
      case .escape: return .cancel
      default: return .ignored
      }
    }
    var field = fields[focusedIndex]
    if case .choice(var list) = field.kind, list.isOpen {
      let before = list.value
      guard list.handle(key) else { return .ignored }
      field.kind = .choice(list)
      fields[focusedIndex] = field
      return list.value != before ? .changed(field.id) : .handled
    }
    switch key {
    case .tab, .down:
      focusNext()
      return .handled
    case .backTab, .up:
      focusPrevious()
      return .handled
    case .control("s"):
      return .save
    case .escape:
      return .cancel
    default:
      break
    }
    guard field.isEditable else { return .ignored }
    let result = Self.edit(&field, with: key)
    fields[focusedIndex] = field
    if result == .ignored, key == .enter {
      focusNext()
      return .handled
    }
    return result
  }

  /// Applies a key to one field's value.
  private static func edit(_ field: inout FormField, with key: Key) -> FormKeyResult {
    switch field.kind {
    case .text(var state):
      let before = state.text
      guard state.handle(key) else { return .ignored }
      field.kind = .text(state)
      return state.text != before ? .changed(field.id) : .handled
    case .choice(var list):
      let before = list.value
      switch key {
      case .enter, .character(" "): list.open()
      case .left: list.cycle(by: -1)
      case .right: list.cycle(by: 1)
      case .character(let character): list.open(query: String(character))
      case .backspace, .delete:
        guard list.allowsFreeEntry else { return .ignored }
        list.value = ""
      default: return .ignored
      }
      field.kind = .choice(list)
      return list.value != before ? .changed(field.id) : .handled
    case .toggle(let isOn):
      let next: Bool
      switch key {
      case .enter, .character(" "), .left, .right: next = !isOn
      case .character("y"), .character("Y"): next = true
      case .character("n"), .character("N"): next = false
      default: return .ignored
      }
      field.kind = .toggle(next)
      return next != isOn ? .changed(field.id) : .handled
    }
  }

  // MARK: - Layout

  /// The total rows the fields take (each field's line plus its note line).
  public var totalRows: Int { fields.reduce(0) { $0 + $1.rowCount } }

  /// The form row where a field starts.
  public func firstRow(ofField index: Int) -> Int {
    fields.prefix(max(0, min(index, fields.count))).reduce(0) { $0 + $1.rowCount }
  }

  /// The first row to show in a viewport `height` rows high so the focused field and its
  /// note are visible, moving as little as needed from `scrollOffset`.
  public func visibleOffset(height: Int) -> Int {
    guard height > 0, let field = focused else { return 0 }
    let top = firstRow(ofField: focusedIndex)
    var offset = max(0, min(scrollOffset, totalRows - height))
    if top + field.rowCount > offset + height { offset = top + field.rowCount - height }
    if top < offset { offset = top }
    return max(0, offset)
  }

  /// Stores the scroll position `Form.render` would use for a viewport `height` rows high.
  public mutating func scrollToFocus(height: Int) {
    scrollOffset = visibleOffset(height: height)
  }
}
