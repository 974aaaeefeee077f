/// The column chooser (`c`): every column of the pane, which are shown, and in what order.
public struct ColumnChooserState: Equatable, Sendable {
  /// One column: its id and whether it is shown.
  public struct Entry: Equatable, Sendable {
    public var id: String
    public var isShown: Bool
  }

  /// The pane the columns belong to.
  public var pane: PaneID
  /// Every column, shown ones first in their order, then the hidden ones.
  public var entries: [Entry]
  public var cursor: Int

  /// The chooser for a pane: `shown` in order, then the rest of `all` hidden.
  public init(pane: PaneID, all: [String], shown: [String]) {
    self.pane = pane
    let visible = shown.filter { all.contains($0) }
    entries =
      visible.map { Entry(id: $0, isShown: true) }
      + all.filter { !visible.contains($0) }.map { Entry(id: $0, isShown: false) }
    cursor = 0
  }

  /// The shown columns in order.
  public var shownColumns: [String] { entries.filter(\.isShown).map(\.id) }

  /// Moves the cursor, staying inside the list.
  public mutating func moveCursor(by delta: Int) {
    cursor = max(0, min(entries.count - 1, cursor + delta))
  }

  /// Shows or hides the column under the cursor; the last shown column stays shown.
  public mutating func toggle() {
    guard entries.indices.contains(cursor) else { return }
    if entries[cursor].isShown && shownColumns.count == 1 { return }
    entries[cursor].isShown.toggle()
  }

  /// Moves the column under the cursor one place earlier (-1) or later (+1), with the cursor.
  public mutating func moveColumn(by delta: Int) {
    let target = cursor + delta
    guard entries.indices.contains(cursor), entries.indices.contains(target) else { return }
    entries.swapAt(cursor, target)
    cursor = target
  }
}
