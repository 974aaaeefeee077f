import CaseDeskDomain

/// Reads the JSON that `JSONWriter` writes (and any other valid JSON) straight from bytes.
///
/// A cursor over UTF-8 bytes with typed reads: `readObject` calls back once per key and the
/// callback reads (or skips) that key's value. No intermediate tree is built, so reading a
/// journal line costs about as much as scanning it. Every malformed input throws a
/// `CodecError` with its byte offset; nothing traps.
public struct JSONReader: Sendable {
  private let bytes: [UInt8]
  public private(set) var position: Int
  private let end: Int
  /// Nesting depth guard: deeper input is refused rather than recursing without bound.
  private var depth = 0
  static let maximumDepth = 64

  public init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
    self.bytes = bytes
    self.position = start
    self.end = min(end ?? bytes.count, bytes.count)
  }

  /// Whether only white space is left.
  public mutating func isAtEnd() -> Bool {
    skipSpace()
    return position >= end
  }

  /// Throws unless only white space is left.
  public mutating func expectEnd() throws(CodecError) {
    guard isAtEnd() else { throw error("unexpected data after the value") }
  }

  // MARK: Structure

  /// Reads an object, calling `field` with each key; `field` must read or skip the value.
  public mutating func readObject(_ field: (inout JSONReader, String) throws(CodecError) -> Void)
    throws(CodecError)
  {
    try expect(UInt8(ascii: "{"))
    try enter()
    defer { depth -= 1 }
    skipSpace()
    if peek() == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      skipSpace()
      let key = try readString()
      skipSpace()
      try expect(UInt8(ascii: ":"))
      try field(&self, key)
      skipSpace()
      guard position < end else { throw error("unterminated object") }
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "}") { return }
      guard byte == UInt8(ascii: ",") else { throw error("expected , or } in an object") }
    }
  }

  /// Reads an array, calling `element` once per element; `element` must read or skip it.
  public mutating func readElements(_ element: (inout JSONReader) throws(CodecError) -> Void)
    throws(CodecError)
  {
    try expect(UInt8(ascii: "["))
    try enter()
    defer { depth -= 1 }
    skipSpace()
    if peek() == UInt8(ascii: "]") {
      position += 1
      return
    }
    while true {
      skipSpace()
      try element(&self)
      skipSpace()
      guard position < end else { throw error("unterminated array") }
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "]") { return }
      guard byte == UInt8(ascii: ",") else { throw error("expected , or ] in an array") }
    }
  }

  /// Reads an array of values, each read by `element`.
  public mutating func readArray<T>(of element: (inout JSONReader) throws(CodecError) -> T)
    throws(CodecError) -> [T]
  {
    var result: [T] = []
    try readElements { (reader: inout JSONReader) throws(CodecError) in
      result.append(try element(&reader))
    }
    return result
  }

  // MARK: Values

  /// Reads a string (with escapes resolved; invalid UTF-8 is refused).
  public mutating func readString() throws(CodecError) -> String {
    skipSpace()
    try expect(UInt8(ascii: "\""))
    let start = position
    var simple = true
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") { break }
      if byte == UInt8(ascii: "\\") {
        simple = false
        position += 2
        continue
      }
      if byte < 0x20 { throw error("control character in a string") }
      position += 1
    }
    guard position < end else { throw error("unterminated string") }
    let stop = position
    position += 1
    if simple {
      let text = bytes.withUnsafeBufferPointer { buffer -> String? in
        let slice = UnsafeBufferPointer(rebasing: buffer[start..<stop])
        return Self.isValidUTF8(slice) ? String(decoding: slice, as: UTF8.self) : nil
      }
      guard let text else { throw CodecError("invalid UTF-8 in a string", offset: start) }
      return text
    }
    return try unescape(start, stop)
  }

  public mutating func readInt() throws(CodecError) -> Int {
    let value = try readInteger()
    guard let int = Int(exactly: value) else { throw error("number out of range") }
    return int
  }

  public mutating func readInt64() throws(CodecError) -> Int64 { try readInteger() }

  /// Reads a number with an optional fraction and exponent.
  public mutating func readDouble() throws(CodecError) -> Double {
    skipSpace()
    let start = position
    while position < end, Self.isNumberByte(bytes[position]) { position += 1 }
    // Number bytes are ASCII, so decoding cannot repair anything.
    let stop = position
    let text = bytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<stop]), as: UTF8.self)
    }
    guard position > start, let value = Double(text), value.isFinite
    else { throw CodecError("expected a number", offset: start) }
    return value
  }

  public mutating func readBool() throws(CodecError) -> Bool {
    skipSpace()
    if matches("true") {
      position += 4
      return true
    }
    if matches("false") {
      position += 5
      return false
    }
    throw error("expected true or false")
  }

  /// Consumes a `null` and returns true, or returns false and consumes nothing.
  public mutating func readNull() -> Bool {
    skipSpace()
    guard matches("null") else { return false }
    position += 4
    return true
  }

  /// Reads a `YYYY-MM-DD` day (straight from the bytes: days are the commonest value).
  public mutating func readDay() throws(CodecError) -> Day {
    skipSpace()
    let start = position
    // The quoted form is exactly 12 bytes: "YYYY-MM-DD".
    if position + 12 <= end, bytes[position] == 0x22, bytes[position + 11] == 0x22,
      bytes[position + 5] == 0x2D, bytes[position + 8] == 0x2D
    {
      func digits(_ from: Int, _ count: Int) -> Int? {
        var value = 0
        for index in from..<(from + count) {
          let digit = Int(bytes[index]) - 0x30
          guard digit >= 0 && digit <= 9 else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      if let year = digits(position + 1, 4), let month = digits(position + 6, 2),
        let day = digits(position + 9, 2), let value = Day(year: year, month: month, day: day)
      {
        position += 12
        return value
      }
    }
    let text = try readString()
    guard let day = Day(text) else { throw CodecError("not a day: \(text)", offset: start) }
    return day
  }

  /// Reads a timestamp (seconds since the epoch, UTC).
  public mutating func readTimestamp() throws(CodecError) -> Timestamp {
    Timestamp(secondsSinceEpoch: try readInteger())
  }

  /// Skips any value.
  public mutating func skipValue() throws(CodecError) {
    skipSpace()
    switch peek() {
    case UInt8(ascii: "{"):
      try readObject { (reader: inout JSONReader, _: String) throws(CodecError) in
        try reader.skipValue()
      }
    case UInt8(ascii: "["):
      try readElements { (reader: inout JSONReader) throws(CodecError) in try reader.skipValue() }
    case UInt8(ascii: "\""): _ = try readString()
    case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
    case UInt8(ascii: "n"):
      guard readNull() else { throw error("expected null") }
    default: _ = try readDouble()
    }
  }

  /// A `CodecError` at the current position.
  public func error(_ message: String) -> CodecError { CodecError(message, offset: position) }

  // MARK: Internals

  private mutating func readInteger() throws(CodecError) -> Int64 {
    skipSpace()
    let start = position
    var negative = false
    if peek() == UInt8(ascii: "-") {
      negative = true
      position += 1
    }
    var value: Int64 = 0
    var digits = 0
    while position < end {
      let byte = bytes[position]
      guard byte >= 0x30 && byte <= 0x39 else { break }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - 0x30))
      guard !overflow1 && !overflow2 else { throw CodecError("number out of range", offset: start) }
      value = sum
      digits += 1
      position += 1
    }
    guard digits > 0 else { throw CodecError("expected a whole number", offset: start) }
    if position < end,
      [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position])
    {
      throw CodecError("expected a whole number", offset: start)
    }
    return negative ? -value : value
  }

  private mutating func enter() throws(CodecError) {
    depth += 1
    guard depth <= Self.maximumDepth else { throw error("nested too deeply") }
  }

  private func peek() -> UInt8? { position < end ? bytes[position] : nil }

  private func matches(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard position + count <= end else { return false }
    return word.withUTF8Buffer { buffer in
      for index in 0..<count where bytes[position + index] != buffer[index] { return false }
      return true
    }
  }

  private mutating func expect(_ byte: UInt8) throws(CodecError) {
    skipSpace()
    guard position < end, bytes[position] == byte else {
      throw error("expected \(Character(Unicode.Scalar(byte)))")
    }
    position += 1
  }

  private mutating func skipSpace() {
    while position < end {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private static func isNumberByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
  }

  private func unescape(_ start: Int, _ stop: Int) throws(CodecError) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(stop - start)
    var index = start
    while index < stop {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        index += 1
        continue
      }
      guard index + 1 < stop else { throw CodecError("bad escape", offset: index) }
      let code = bytes[index + 1]
      index += 2
      switch code {
      case UInt8(ascii: "\""): output.append(0x22)
      case UInt8(ascii: "\\"): output.append(0x5C)
      case UInt8(ascii: "/"): output.append(0x2F)
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4(at: index, stop: stop)
        index += 4
        if (0xD800...0xDBFF).contains(scalar), index + 6 <= stop,
          bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        {
          let low = try hex4(at: index + 2, stop: stop)
          if (0xDC00...0xDFFF).contains(low) {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            index += 6
          }
        }
        guard let value = Unicode.Scalar(scalar) else {
          throw CodecError("escape is not a Unicode scalar", offset: index)
        }
        output.append(contentsOf: Array(String(Character(value)).utf8))
      default: throw CodecError("bad escape", offset: index - 2)
      }
    }
    let text = output.withUnsafeBufferPointer { buffer -> String? in
      Self.isValidUTF8(buffer) ? String(decoding: buffer, as: UTF8.self) : nil
    }
    guard let text else { throw CodecError("invalid UTF-8 in a string", offset: start) }
    return text
  }

  /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
  ///
  /// The standard library's `String(validating:as:)` is generic and unspecialised here: it looks
  /// up type metadata on every call, which made it most of the cost of reading a journal line.
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The allowed range of the first continuation byte and the number of continuations.
      let low: UInt8
      let high: UInt8
      let continuations: Int
      switch lead {
      case 0xC2...0xDF: (low, high, continuations) = (0x80, 0xBF, 1)
      case 0xE0: (low, high, continuations) = (0xA0, 0xBF, 2)
      case 0xE1...0xEC, 0xEE...0xEF: (low, high, continuations) = (0x80, 0xBF, 2)
      case 0xED: (low, high, continuations) = (0x80, 0x9F, 2)
      case 0xF0: (low, high, continuations) = (0x90, 0xBF, 3)
      case 0xF1...0xF3: (low, high, continuations) = (0x80, 0xBF, 3)
      case 0xF4: (low, high, continuations) = (0x80, 0x8F, 3)
      default: return false
      }
      guard index + continuations < count else { return false }
      let first = bytes[index + 1]
      guard first >= low && first <= high else { return false }
      var next = index + 2
      while next <= index + continuations {
        guard bytes[next] & 0xC0 == 0x80 else { return false }
        next += 1
      }
      index = next
    }
    return true
  }

  private func hex4(at index: Int, stop: Int) throws(CodecError) -> UInt32 {
    guard index + 4 <= stop else { throw CodecError("short \\u escape", offset: index) }
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = bytes[index + offset]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw CodecError("bad \\u escape", offset: index)
      }
      value = value << 4 | digit
    }
    return value
  }
}
