import CaseDeskDomain

/// What an import would do: counts, the rejected rows and the events to write.
///
/// Making a plan writes nothing (it is the dry run); `EnterpriseImport.apply` writes it.
public struct ImportPlan: Sendable {
  /// The encoding the file was read in.
  public var encoding: CSVEncoding
  /// The columns import read, in the file's order.
  public var columns: [ExchangeColumn]
  /// Headers that import ignores (unknown ones and the read-only facts export adds).
  public var ignoredColumns: [String]
  /// Data rows in the file (blank lines not counted).
  public var rowCount: Int
  /// Rows that register a new enterprise.
  public var added: Int
  /// Rows that change an existing enterprise.
  public var updated: Int
  /// Rows of existing enterprises that change nothing.
  public var unchanged: Int
  /// Every rejected row, in file order.
  public var rejections: [ImportRejection]
  /// The events of the valid rows, made by `Domain.execute`.
  public var events: [Event]
  /// The state's applied-event count the plan was made against.
  public var basedOn: Int

  /// Whether the plan may be applied with these options (no rejections, or partial).
  public func canApply(_ options: ImportOptions) -> Bool {
    rejections.isEmpty || options.partial
  }
}
