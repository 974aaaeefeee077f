/// A CSV file read whole: its encoding, header and records.
public struct CSVTable: Equatable, Sendable {
  public var encoding: CSVEncoding
  /// The first record's fields.
  public var header: [String]
  /// Every later record that is not a blank line.
  public var rows: [CSVRow]

  public init(encoding: CSVEncoding, header: [String], rows: [CSVRow]) {
    self.encoding = encoding
    self.header = header
    self.rows = rows
  }
}
