import CaseDeskDomain

/// Writes compact JSON straight into bytes: the data field of journal lines and snapshots.
///
/// Objects and arrays are written through closures, so commas and brackets always balance;
/// optional fields that are nil are left out. Strings are escaped per RFC 8259 and stay UTF-8
/// (Chinese text is written as is, so a clerk can grep it).
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8]
  private var needsComma = false

  public init(capacity: Int = 256) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Writes an object; `body` writes its fields.
  public mutating func object(_ body: (inout JSONWriter) -> Void) {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
    body(&self)
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Writes an array; `body` writes its elements with the `value`/`object` calls.
  public mutating func array(_ body: (inout JSONWriter) -> Void) {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
    body(&self)
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes an array of elements, each with `element`.
  public mutating func array<T>(_ items: [T], _ element: (inout JSONWriter, T) -> Void) {
    array { writer in for item in items { element(&writer, item) } }
  }

  /// Starts a field: writes the key and the colon (the value follows).
  public mutating func key(_ name: String) {
    separate()
    appendString(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  // MARK: Values (as array elements or after `key`)

  public mutating func value(_ string: String) {
    separate()
    appendString(string)
    needsComma = true
  }

  public mutating func value(_ number: Int) {
    separate()
    bytes.append(contentsOf: String(number).utf8)
    needsComma = true
  }

  public mutating func value(_ number: Int64) {
    separate()
    bytes.append(contentsOf: String(number).utf8)
    needsComma = true
  }

  public mutating func value(_ number: Double) {
    separate()
    // JSON has no NaN or infinity; such values are written as null and read back as nil.
    if number.isFinite {
      bytes.append(contentsOf: "\(number)".utf8)
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
    needsComma = true
  }

  public mutating func value(_ flag: Bool) {
    separate()
    bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    needsComma = true
  }

  public mutating func value(_ day: Day) { value(day.description) }

  public mutating func value(_ time: Timestamp) { value(time.secondsSinceEpoch) }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
    needsComma = true
  }

  // MARK: Fields

  public mutating func field(_ name: String, _ string: String) {
    key(name)
    value(string)
  }

  public mutating func field(_ name: String, _ number: Int) {
    key(name)
    value(number)
  }

  public mutating func field(_ name: String, _ number: Int64) {
    key(name)
    value(number)
  }

  public mutating func field(_ name: String, _ number: Double) {
    key(name)
    value(number)
  }

  public mutating func field(_ name: String, _ flag: Bool) {
    key(name)
    value(flag)
  }

  public mutating func field(_ name: String, _ day: Day) {
    key(name)
    value(day)
  }

  public mutating func field(_ name: String, _ time: Timestamp) {
    key(name)
    value(time)
  }

  /// A field holding an object written by `body`.
  public mutating func field(_ name: String, object body: (inout JSONWriter) -> Void) {
    key(name)
    object(body)
  }

  /// A field holding an array of items, each written by `element`.
  public mutating func field<T>(
    _ name: String, array items: [T], _ element: (inout JSONWriter, T) -> Void
  ) {
    key(name)
    array(items, element)
  }

  /// Optional fields are left out when nil.
  public mutating func field(_ name: String, _ string: String?) {
    if let string { field(name, string) }
  }

  public mutating func field(_ name: String, _ number: Int?) {
    if let number { field(name, number) }
  }

  public mutating func field(_ name: String, _ number: Double?) {
    if let number { field(name, number) }
  }

  public mutating func field(_ name: String, _ flag: Bool?) {
    if let flag { field(name, flag) }
  }

  public mutating func field(_ name: String, _ day: Day?) {
    if let day { field(name, day) }
  }

  public mutating func field(_ name: String, _ time: Timestamp?) {
    if let time { field(name, time) }
  }

  /// Appends raw bytes that are already valid JSON (a value written elsewhere).
  public mutating func raw(_ json: [UInt8]) {
    separate()
    bytes.append(contentsOf: json)
    needsComma = true
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func appendString(_ string: String) {
    bytes.append(UInt8(ascii: "\""))
    // Most text needs no escape: copied whole.
    let copied =
      string.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
        for byte in utf8 where JSONWriter.needsEscape(byte) { return false }
        bytes.append(contentsOf: utf8)
        return true
      } ?? false
    if copied {
      bytes.append(UInt8(ascii: "\""))
      return
    }
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Whether a byte of a string must be escaped: a quote, a backslash or a control character.
  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }
}
