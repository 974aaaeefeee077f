/// Why a journal line is not a valid record.
public enum JournalLineProblem: Equatable, Sendable, CustomStringConvertible {
  /// The file ends without the line's newline: a write that did not finish.
  case incomplete
  /// The line does not have the seven tab-separated fields.
  case fieldCount(Int)
  /// A field is empty or malformed (`seq`, `time`, `operator`, `type`, `data`, `prev`, `sum`).
  case malformedField(String)
  /// The checksum does not match the line's bytes: the line was changed or torn.
  case checksumMismatch
  /// The sequence number is not the previous one plus one.
  case sequenceOutOfOrder(expected: UInt64, found: UInt64)
  /// The `prev` hash is not the previous record's sum (or the generation's base hash).
  case chainBroken(expected: JournalHash, found: JournalHash)
  /// A batch marker at the tail is followed by fewer records than it declares: a batch write
  /// that did not finish.
  case unfinishedBatch(declared: Int, found: Int)

  /// Whether the line is intact in itself (its own checksum holds) and only out of place.
  public var lineIsIntact: Bool {
    switch self {
    case .sequenceOutOfOrder, .chainBroken: return true
    case .incomplete, .fieldCount, .malformedField, .checksumMismatch, .unfinishedBatch:
      return false
    }
  }

  /// The reason in words.
  public var description: String {
    switch self {
    case .incomplete: return "the line has no end (an unfinished write)"
    case .fieldCount(let count): return "the line has \(count) fields instead of 7"
    case .malformedField(let name): return "the \(name) field is malformed"
    case .checksumMismatch: return "the checksum does not match the line's bytes"
    case .sequenceOutOfOrder(let expected, let found):
      return "sequence number \(found) where \(expected) was expected"
    case .chainBroken(let expected, let found):
      return "prev hash \(found) does not match the previous record's sum \(expected)"
    case .unfinishedBatch(let declared, let found):
      return "a batch of \(declared) records ends after \(found) (an unfinished write)"
    }
  }
}
