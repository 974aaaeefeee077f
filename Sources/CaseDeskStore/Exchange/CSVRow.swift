/// One record of a CSV file with the line it starts on.
public struct CSVRow: Equatable, Sendable {
  /// The 1-based line in the file where the record starts (the header is line 1).
  public var line: Int
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// The field at `index`, or an empty text when the row is shorter.
  public subscript(index: Int) -> String {
    index < fields.count ? fields[index] : ""
  }
}
