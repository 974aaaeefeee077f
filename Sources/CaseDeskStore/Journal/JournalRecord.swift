import CaseDeskDomain

/// One journal record with its fields copied out of the file.
public struct JournalRecord: Equatable, Sendable {
  /// The sequence number: 1 for the first record of a workspace, continuing across generations.
  public var sequence: UInt64
  /// The time as written, UTC ISO 8601 (`2025-06-30T08:15:00Z`).
  public var time: String
  /// The staff id of the operator, or `@system`.
  public var operatorID: String
  /// The dotted event type.
  public var type: String
  /// The event's JSON object as UTF-8.
  public var data: [UInt8]
  /// The previous record's sum.
  public var previous: JournalHash
  /// This record's sum.
  public var sum: JournalHash

  /// Creates a record from its fields.
  public init(
    sequence: UInt64, time: String, operatorID: String, type: String, data: [UInt8],
    previous: JournalHash, sum: JournalHash
  ) {
    self.sequence = sequence
    self.time = time
    self.operatorID = operatorID
    self.type = type
    self.data = data
    self.previous = previous
    self.sum = sum
  }

  /// Copies the fields of an entry out of the buffer it was scanned from.
  public init(_ entry: JournalEntry, in bytes: [UInt8]) {
    self.init(
      sequence: entry.sequence, time: entry.string(entry.time, in: bytes),
      operatorID: entry.string(entry.operatorID, in: bytes),
      type: entry.string(entry.type, in: bytes), data: Array(bytes[entry.data]),
      previous: entry.previous, sum: entry.sum)
  }

  /// The time as a `Timestamp`; nil when the text is not a real date and time.
  public var timestamp: Timestamp? { JournalRecord.timestamp(time) }

  /// The data as text.
  public var dataText: String { String(decoding: data, as: UTF8.self) }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ`; nil when malformed or not a real date and time.
  public static func timestamp(_ text: String) -> Timestamp? {
    let bytes = Array(text.utf8)
    let valid = bytes.withUnsafeBufferPointer {
      JournalLineFormat.isTime($0, 0..<bytes.count)
    }
    guard valid else { return nil }
    func number(_ range: Range<Int>) -> Int {
      bytes[range].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }
    let hour = number(11..<13)
    let minute = number(14..<16)
    let second = number(17..<19)
    guard let day = Day(year: number(0..<4), month: number(5..<7), day: number(8..<10)),
      hour < 24, minute < 60, second < 60
    else { return nil }
    return Timestamp(day: day, hour: hour, minute: minute, second: second, utcOffset: 0)
  }
}
