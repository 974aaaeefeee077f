/// The batch marker: a record of type `journal.batch` that opens a batch of records written
/// together and says how many follow (`{"records":N}`).
///
/// A batch is all or nothing across a crash: recovery sets an unfinished batch at the tail
/// aside entirely, from its marker on, as it does a torn tail. Replay skips the marker itself.
public enum JournalBatch {
  /// The marker's type field.
  public static let type = "journal.batch"
  static let typeBytes: [UInt8] = Array(type.utf8)

  /// The marker's data field for a batch of `count` records.
  static func data(count: Int) -> [UInt8] {
    Array("{\"records\":\(count)}".utf8)
  }

  /// Whether the entry's type field is the batch marker's.
  static func isMarker(_ entry: JournalEntry, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard entry.type.count == typeBytes.count else { return false }
    var index = entry.type.lowerBound
    for byte in typeBytes {
      if buffer[index] != byte { return false }
      index += 1
    }
    return true
  }

  /// The record count a marker's data declares (the first run of digits), nil when it has none.
  static func declaredCount(_ entry: JournalEntry, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    var value = 0
    var seen = false
    for index in entry.data {
      let digit = buffer[index] &- 0x30
      if digit < 10 {
        guard value < 1_000_000_000_000 else { return nil }
        value = value * 10 + Int(digit)
        seen = true
      } else if seen {
        break
      }
    }
    return seen ? value : nil
  }

  /// Where an unfinished batch began: the marker's offset and the scanner's counts before it.
  public struct Opening: Equatable, Sendable {
    /// The byte offset of the marker line.
    public var offset: Int
    /// The marker's line number.
    public var lineNumber: Int
    /// Valid records before the marker.
    public var recordCount: Int
    /// The chain's head before the marker.
    public var head: JournalHash
    /// The last sequence number before the marker, nil when it is the first.
    public var lastSequence: UInt64?
    /// The records the marker declares.
    public var declared: Int
    /// The records after the marker read so far.
    public var found: Int
  }
}
