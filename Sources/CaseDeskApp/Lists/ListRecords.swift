/// What the shared list machinery asks of a pane's records.
public struct ListRecords {
  /// How many records there are.
  public var count: Int
  /// The stable id of the record at an index (selection and marks follow it).
  public var id: (Int) -> String
  /// The value the record sorts by in a column (numbers padded so text order is number order).
  public var sortKey: (_ index: Int, _ column: String) -> String
  /// Indices of the records matching a filter text, best match first.
  public var matches: (String) -> [Int]

  public init(
    count: Int, id: @escaping (Int) -> String,
    sortKey: @escaping (_ index: Int, _ column: String) -> String,
    matches: @escaping (String) -> [Int]
  ) {
    self.count = count
    self.id = id
    self.sortKey = sortKey
    self.matches = matches
  }
}
