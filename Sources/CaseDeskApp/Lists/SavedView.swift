import TerminalUI

/// A named way of looking at a list: its filter, sort and columns (`:view save NAME`, `v`).
public struct SavedView: Equatable, Sendable {
  public var name: String
  public var filter: String
  public var sort: TableSort?
  /// The columns shown; nil keeps the pane's default columns.
  public var columns: [String]?

  public init(name: String, filter: String, sort: TableSort?, columns: [String]?) {
    self.name = name
    self.filter = filter
    self.sort = sort
    self.columns = columns
  }
}
