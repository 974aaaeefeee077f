/// A journal file after start-up recovery: what it holds and what recovery did.
public struct RecoveredJournal: Sendable {
  /// What recovery found.
  public enum Outcome: Equatable, Sendable {
    /// Every line is a valid record (or the file is empty).
    case clean
    /// A torn tail was copied to quarantine and cut off; the file is now clean.
    case tornTail(JournalTornTail)
    /// Damage in the middle; nothing was changed and the workspace must open read-only.
    case damaged(JournalDamage)
  }

  /// The journal file.
  public var path: String
  /// The generation's base hash.
  public var base: JournalHash
  /// The file's valid bytes (after a torn tail, without it; after damage, up to the damage).
  public var bytes: [UInt8]
  /// The number of valid records.
  public var recordCount: Int
  /// The sequence number the next record gets.
  public var nextSequence: UInt64
  /// The last valid record's sum (the base hash when there is none): the chain's head.
  public var head: JournalHash
  /// What recovery found and did.
  public var outcome: Outcome

  /// The length of the valid bytes.
  public var validLength: Int { bytes.count }

  /// Whether the workspace may be written (no damage in the middle).
  public var isWritable: Bool {
    if case .damaged = outcome { return false }
    return true
  }

  /// A scanner over the valid records, for replay: their checksums were verified already, so
  /// it checks fields, sequence and chain but does not hash each line again.
  public func scanner() -> JournalScanner {
    var scanner = JournalScanner(
      bytes: bytes, base: base, firstSequence: nextSequence - UInt64(recordCount))
    scanner.verifiesChecksums = false
    return scanner
  }
}
