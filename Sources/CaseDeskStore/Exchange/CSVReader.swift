import CaseDeskDomain

/// Reads CSV (RFC 4180) bytes into a table, byte by byte.
///
/// Fields are separated by commas; a field in double quotes may hold commas, quotes (doubled)
/// and line breaks; rows end in LF or CRLF. A UTF-8 byte-order mark is skipped and blank lines
/// are ignored. Bytes that are not UTF-8 are decoded as GB18030. A quote left open at the end
/// of the file is an error naming the line where its field starts.
public enum CSVReader {
  static let quote: UInt8 = 0x22
  static let comma: UInt8 = 0x2C
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D

  /// Reads a whole file's bytes; the first record is the header.
  public static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
    let (text, encoding) = try decode(bytes)
    var records = try parse(text)
    guard !records.isEmpty else {
      throw CSVError(
        line: nil, message: LocalizedText(zh: "文件是空的，没有表头", en: "The file is empty: no header"))
    }
    let header = records.removeFirst()
    return CSVTable(encoding: encoding, header: header.fields, rows: records)
  }

  /// Parses UTF-8 bytes (without a byte-order mark) into records, skipping blank lines.
  public static func parse(_ bytes: [UInt8]) throws(CSVError) -> [CSVRow] {
    let result: Result<[CSVRow], CSVError> = bytes.withUnsafeBufferPointer { buffer in
      var parser = Parser(buffer: buffer)
      do throws(CSVError) {
        return .success(try parser.records())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// The state of one pass over the bytes.
  struct Parser {
    let buffer: UnsafeBufferPointer<UInt8>
    var position = 0
    var line = 1
    var scratch: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>) {
      self.buffer = buffer
    }

    mutating func records() throws(CSVError) -> [CSVRow] {
      var rows: [CSVRow] = []
      var fields: [String] = []
      while position < buffer.count {
        let start = line
        fields.removeAll(keepingCapacity: true)
        var blank = true
        while true {
          let (field, quoted) = try nextField()
          if quoted || !field.isEmpty { blank = false }
          fields.append(field)
          guard position < buffer.count else { break }
          let byte = buffer[position]
          position += 1
          if byte == comma {
            blank = false
            continue
          }
          // A line end: CR, LF or CRLF.
          if byte == carriageReturn, position < buffer.count, buffer[position] == lineFeed {
            position += 1
          }
          line += 1
          break
        }
        if !blank { rows.append(CSVRow(line: start, fields: fields)) }
      }
      return rows
    }

    /// Reads one field and stops at its delimiter (not consumed) or the end.
    mutating func nextField() throws(CSVError) -> (String, quoted: Bool) {
      guard position < buffer.count, buffer[position] == quote else {
        let start = position
        while position < buffer.count {
          let byte = buffer[position]
          if byte == comma || byte == lineFeed || byte == carriageReturn { break }
          position += 1
        }
        return (text(start..<position), false)
      }
      let startLine = line
      position += 1
      scratch.removeAll(keepingCapacity: true)
      while true {
        guard position < buffer.count else {
          throw CSVError(
            line: startLine,
            message: LocalizedText(
              zh: "第 \(startLine) 行的引号没有闭合，文件可能不完整",
              en: "The quote opened on line \(startLine) is never closed: the file may be cut short"
            ))
        }
        let byte = buffer[position]
        position += 1
        if byte == quote {
          if position < buffer.count, buffer[position] == quote {
            scratch.append(quote)
            position += 1
            continue
          }
          break
        }
        if byte == lineFeed {
          line += 1
        } else if byte == carriageReturn {
          if position >= buffer.count || buffer[position] != lineFeed { line += 1 }
        }
        scratch.append(byte)
      }
      // Text after the closing quote (not RFC 4180) is kept as it stands.
      while position < buffer.count {
        let byte = buffer[position]
        if byte == comma || byte == lineFeed || byte == carriageReturn { break }
        scratch.append(byte)
        position += 1
      }
      return (String(decoding: scratch, as: UTF8.self), true)
    }

    func text(_ range: Range<Int>) -> String {
      range.isEmpty
        ? "" : String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }
  }
}
