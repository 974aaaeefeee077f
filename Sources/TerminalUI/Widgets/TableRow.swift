/// One row of a table as the app supplies it: the record's identifier and its cell texts.
public struct TableRow: Equatable, Sendable {
  /// The record's stable identifier; the selection and marks follow it.
  public var id: String
  /// The cell texts in column order; missing cells are drawn empty.
  public var cells: [String]
  /// A role per cell overriding the row's role (nil or missing: the row's role).
  ///
  /// An overdue deadline cell, for instance, uses `.clockOverdue`. The selected row keeps its
  /// selection role throughout so that the selection bar stays whole.
  public var cellRoles: [StyleRole?]

  /// Creates a row; cells take the row's role unless `cellRoles` says otherwise.
  public init(id: String, cells: [String], cellRoles: [StyleRole?] = []) {
    self.id = id
    self.cells = cells
    self.cellRoles = cellRoles
  }
}
