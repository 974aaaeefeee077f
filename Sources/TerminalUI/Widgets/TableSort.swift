/// The column a table is sorted by, and in which direction.
public struct TableSort: Equatable, Sendable {
  /// The `TableColumn.id` of the sorted column.
  public var columnID: String
  public var ascending: Bool

  /// Creates a sort order; ascending unless said otherwise.
  public init(columnID: String, ascending: Bool = true) {
    self.columnID = columnID
    self.ascending = ascending
  }
}
