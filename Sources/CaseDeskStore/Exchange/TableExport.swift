/// Writes a pane's table as shown (headers and cell texts) as CSV or JSON.
///
/// For lists whose rows are not records import reads back (the positive list): the CSV is
/// UTF-8 with a byte-order mark, quoted as `EnterpriseExport` quotes; the JSON is an array of
/// objects keyed by the column ids.
public enum TableExport {
  /// The CSV bytes: the header row, then one row per record.
  public static func csv(header: [String], rows: [[String]], crlf: Bool = false) -> [UInt8] {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    let lineEnd: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
    for line in [header] + rows {
      for (index, text) in line.enumerated() {
        if index > 0 { bytes.append(CSVReader.comma) }
        EnterpriseExport.appendField(text, to: &bytes)
      }
      bytes += lineEnd
    }
    return bytes
  }

  /// The JSON bytes: an array of objects, one a line, keyed by `keys` in order.
  public static func json(keys: [String], rows: [[String]]) -> [UInt8] {
    var bytes: [UInt8] = Array("[".utf8)
    for (index, row) in rows.enumerated() {
      bytes += Array((index == 0 ? "\n" : ",\n").utf8)
      var writer = JSONWriter(capacity: 256)
      writer.object { object in
        for (key, value) in zip(keys, row) { object.field(key, value) }
      }
      bytes += writer.bytes
    }
    bytes += Array("\n]\n".utf8)
    return bytes
  }
}
