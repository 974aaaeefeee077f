import CaseDeskDomain

/// Writes enterprises as CSV (for Excel, WPS and LibreOffice) or JSON (for programs).
///
/// CSV is UTF-8 with a byte-order mark so spreadsheet programs show Chinese intact; a field is
/// quoted when it holds a comma, quote, line break or surrounding space; headers are the names
/// import reads, so an export imports back to the same records. JSON is an array of objects
/// with stable English keys (the columns' raw values), one object a line.
public enum EnterpriseExport {
  /// What a CSV export looks like.
  public struct Options: Equatable, Sendable {
    /// The columns, in order.
    public var columns: [ExchangeColumn]
    /// Chinese headers and values (重点, 是) when true, English (key, yes) when false.
    public var chinese: Bool
    /// Rows end in CRLF when true, LF when false.
    public var crlf: Bool

    public init(
      columns: [ExchangeColumn] = ExchangeColumn.defaultExport, chinese: Bool = true,
      crlf: Bool = false
    ) {
      self.columns = columns
      self.chinese = chinese
      self.crlf = crlf
    }
  }

  /// The CSV bytes of the enterprises, in the order given.
  public static func csv(
    _ enterprises: [Enterprise], in state: DomainState, options: Options = Options()
  ) -> [UInt8] {
    let facts = ExportFacts(state: state, columns: options.columns)
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes.reserveCapacity(enterprises.count * 300 + 256)
    let lineEnd: [UInt8] = options.crlf ? [0x0D, 0x0A] : [0x0A]
    for (index, column) in options.columns.enumerated() {
      if index > 0 { bytes.append(CSVReader.comma) }
      appendField(options.chinese ? column.header.zh : column.header.en, to: &bytes)
    }
    bytes += lineEnd
    for enterprise in enterprises {
      for (index, column) in options.columns.enumerated() {
        if index > 0 { bytes.append(CSVReader.comma) }
        appendField(
          facts.text(column, of: enterprise, chinese: options.chinese), to: &bytes)
      }
      bytes += lineEnd
    }
    return bytes
  }

  /// The JSON bytes of the enterprises, in the order given: an array of objects.
  public static func json(
    _ enterprises: [Enterprise], in state: DomainState,
    columns: [ExchangeColumn] = ExchangeColumn.defaultExport
  ) -> [UInt8] {
    let facts = ExportFacts(state: state, columns: columns)
    var bytes: [UInt8] = Array("[".utf8)
    bytes.reserveCapacity(enterprises.count * 400 + 8)
    for (index, enterprise) in enterprises.enumerated() {
      bytes += Array((index == 0 ? "\n" : ",\n").utf8)
      var writer = JSONWriter(capacity: 512)
      writer.object { object in
        for column in columns {
          facts.write(column, of: enterprise, to: &object)
        }
      }
      bytes += writer.bytes
    }
    bytes += Array("\n]\n".utf8)
    return bytes
  }

  /// Appends one CSV field, quoted when it must be.
  static func appendField(_ text: String, to bytes: inout [UInt8]) {
    let utf8 = text.utf8
    let needsQuotes =
      utf8.contains { $0 == CSVReader.quote || $0 == CSVReader.comma || $0 < 0x20 }
      || utf8.first == 0x20 || utf8.last == 0x20
    guard needsQuotes else {
      bytes += utf8
      return
    }
    bytes.append(CSVReader.quote)
    for byte in utf8 {
      if byte == CSVReader.quote { bytes.append(CSVReader.quote) }
      bytes.append(byte)
    }
    bytes.append(CSVReader.quote)
  }
}
