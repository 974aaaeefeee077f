/// A verified journal line seen in place: numbers parsed, text fields as byte ranges into the
/// buffer that was scanned.
///
/// Nothing is copied; read a field with `string(_:in:)` or hand the `data` range to a codec.
public struct JournalEntry: Equatable, Sendable {
  /// The 1-based line number in the file.
  public var lineNumber: Int
  /// The bytes of the whole line, newline included.
  public var line: Range<Int>
  /// The sequence number.
  public var sequence: UInt64
  /// The time field (`2025-06-30T08:15:00Z`).
  public var time: Range<Int>
  /// The operator field (a staff id or `@system`).
  public var operatorID: Range<Int>
  /// The event type field (`case.filed`).
  public var type: Range<Int>
  /// The data field (a JSON object).
  public var data: Range<Int>
  /// The previous record's sum (the chain link).
  public var previous: JournalHash
  /// This record's sum.
  public var sum: JournalHash

  /// The text of one of this entry's ranges in the buffer it was scanned from.
  public func string(_ range: Range<Int>, in bytes: [UInt8]) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }
}
