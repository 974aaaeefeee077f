import TerminalUI

/// A pop-up list that filters as you type and returns the chosen item: saved views (`v`),
/// bulk actions (`b`), and the quick lookup (`Ctrl-F`).
public struct PickerState: Equatable, Sendable {
  /// What choosing an item does.
  public enum Purpose: Equatable, Sendable {
    case savedView
    case bulkAction
    case quickLookup
    /// Choosing an enterprise opens its admission to the positive list.
    case admitEnterprise
  }

  /// One choice: an id for the reducer, the text shown and a dimmer detail.
  public struct Item: Equatable, Sendable {
    public var id: String
    public var text: String
    public var detail: String

    public init(id: String, text: String, detail: String = "") {
      self.id = id
      self.text = text
      self.detail = detail
    }
  }

  public var purpose: Purpose
  public var title: String
  public var field: TextFieldState
  /// The items matching the typed text, best first.
  public var items: [Item]
  /// How many matched in all (the list may show only the first ones).
  public var matchCount: Int
  public var selected: Int
  public var scrollOffset: Int

  public init(purpose: Purpose, title: String, items: [Item] = []) {
    self.purpose = purpose
    self.title = title
    self.field = TextFieldState()
    self.items = items
    self.matchCount = items.count
    self.selected = 0
    self.scrollOffset = 0
  }

  /// The highlighted item.
  public var current: Item? { items.indices.contains(selected) ? items[selected] : nil }

  /// Moves the highlight, staying inside the list.
  public mutating func move(by delta: Int) {
    selected = max(0, min(items.count - 1, selected + delta))
  }

  /// The items whose text or detail contains every typed word (case-insensitive).
  public static func filter(_ items: [Item], by text: String) -> [Item] {
    let words = text.lowercased().split(separator: " ")
    guard !words.isEmpty else { return items }
    return items.filter { item in
      let haystack = (item.text + " " + item.detail + " " + item.id).lowercased()
      return words.allSatisfy { haystack.contains($0) }
    }
  }
}
