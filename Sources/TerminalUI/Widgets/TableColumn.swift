/// One column of a table: a stable identifier, its (localized) title, width and alignment.
public struct TableColumn: Equatable, Sendable {
  /// Stable identifier, used by `TableSort` and the app's sort commands.
  public var id: String
  /// The header text, already in the user's language.
  public var title: String
  public var width: ColumnWidth
  public var alignment: Alignment

  /// Creates a column; text is left-aligned unless said otherwise.
  public init(id: String, title: String, width: ColumnWidth, alignment: Alignment = .left) {
    self.id = id
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}
