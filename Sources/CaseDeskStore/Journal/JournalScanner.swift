import Glibc

/// Reads and verifies the records of one journal file held in a byte buffer, in place.
///
/// Each line is checked for its seven fields, its checksum, its sequence number (the previous
/// one plus one; the first equal to `firstSequence` when given) and its chain link (`prev`
/// equal to the previous sum; the first equal to the generation's base hash). Scanning stops
/// at the first line that fails; `problem`, `validLength` and `lineNumber` then say where.
public struct JournalScanner {
  /// The whole file.
  public let bytes: [UInt8]
  /// The bytes from the start of the file to the end of the last valid line.
  public private(set) var validLength = 0
  /// The 1-based number of the next line to read (after a stop, the failing line).
  public private(set) var lineNumber = 1
  /// The number of valid records read.
  public private(set) var recordCount = 0
  /// The sum of the last valid record, or the base hash before any.
  public private(set) var head: JournalHash
  /// The sequence number of the last valid record, nil before any.
  public private(set) var lastSequence: UInt64?
  /// Why scanning stopped before the end, nil while every line so far is valid.
  public private(set) var problem: JournalLineProblem?
  /// The batch whose marker was read but not all its records yet, nil outside a batch.
  public private(set) var openBatch: JournalBatch.Opening?
  private let firstSequence: UInt64?

  /// Prepares to scan `bytes` as a journal generation starting from `base`.
  ///
  /// `firstSequence` is the sequence number the first record must carry (1 for a new
  /// workspace); nil accepts any first number.
  public init(bytes: [UInt8], base: JournalHash, firstSequence: UInt64?) {
    self.bytes = bytes
    self.head = base
    self.firstSequence = firstSequence
  }

  /// Whether each line's SHA-256 is recomputed (false only for bytes verified already).
  var verifiesChecksums = true

  /// Whether every byte has been read and found valid.
  public var isComplete: Bool { problem == nil && validLength == bytes.count }

  /// The next valid record, or nil at the end of the buffer or at the first invalid line.
  public mutating func next() -> JournalEntry? {
    guard problem == nil, validLength < bytes.count else { return nil }
    let bytes = self.bytes
    return bytes.withUnsafeBufferPointer { step($0) }
  }

  /// Calls `body` with every valid record in order, stopping at the end or the first invalid
  /// line; faster than calling `next()` in a loop.
  public mutating func forEachRecord(_ body: (JournalEntry) throws -> Void) rethrows {
    let bytes = self.bytes
    try bytes.withUnsafeBufferPointer { buffer in
      while problem == nil, validLength < buffer.count, let entry = step(buffer) {
        try body(entry)
      }
    }
  }

  /// Reads every remaining record and returns how many were valid.
  @discardableResult
  public mutating func scanToEnd() -> Int {
    forEachRecord { _ in }
    return recordCount
  }

  private mutating func step(_ buffer: UnsafeBufferPointer<UInt8>) -> JournalEntry? {
    let start = validLength
    guard let newline = JournalScanner.newline(in: buffer, from: start) else {
      problem = .incomplete
      return nil
    }
    switch JournalLineFormat.parse(
      buffer, start: start, newline: newline, lineNumber: lineNumber,
      checksums: verifiesChecksums)
    {
    case .problem(let lineProblem):
      problem = lineProblem
      return nil
    case .entry(let entry):
      let expected = lastSequence.map { $0 + 1 } ?? firstSequence
      if let expected, entry.sequence != expected {
        problem = .sequenceOutOfOrder(expected: expected, found: entry.sequence)
        return nil
      }
      if entry.previous != head {
        problem = .chainBroken(expected: head, found: entry.previous)
        return nil
      }
      track(entry, in: buffer)
      head = entry.sum
      lastSequence = entry.sequence
      recordCount += 1
      lineNumber += 1
      validLength = newline + 1
      return entry
    }
  }

  /// Follows batch markers: opens a batch at a marker, counts its records, closes it when full.
  private mutating func track(_ entry: JournalEntry, in buffer: UnsafeBufferPointer<UInt8>) {
    if JournalBatch.isMarker(entry, in: buffer) {
      let declared = JournalBatch.declaredCount(entry, in: buffer) ?? 0
      openBatch =
        declared > 0
        ? JournalBatch.Opening(
          offset: entry.line.lowerBound, lineNumber: lineNumber, recordCount: recordCount,
          head: head, lastSequence: lastSequence, declared: declared, found: 0)
        : nil
    } else if var batch = openBatch {
      batch.found += 1
      openBatch = batch.found >= batch.declared ? nil : batch
    }
  }

  /// The index of the next `\n` at or after `start`.
  static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = buffer.baseAddress, start < buffer.count,
      let hit = memchr(base + start, Int32(JournalLineFormat.newline), buffer.count - start)
    else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// Whether an intact line (its fields and checksum hold) begins anywhere from `start` on,
  /// which tells damage in the middle from a torn tail.
  ///
  /// Lines are looked for not only after each newline but wherever 12 digits and a tab begin,
  /// so a damaged newline that glues two lines together still reveals the intact one.
  public func hasIntactLine(from start: Int) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      let digits = JournalLineFormat.sequenceDigits
      var position = start
      while position < buffer.count {
        guard let base = buffer.baseAddress,
          let hit = memchr(base + position, Int32(JournalLineFormat.tab), buffer.count - position)
        else { return false }
        let tab = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        position = tab + 1
        let candidate = tab - digits
        guard candidate >= start,
          (candidate..<tab).allSatisfy({ buffer[$0] &- 0x30 < 10 }),
          let newline = JournalScanner.newline(in: buffer, from: tab)
        else { continue }
        let parsed = JournalLineFormat.parse(
          buffer, start: candidate, newline: newline, lineNumber: 0)
        if case .entry = parsed { return true }
      }
      return false
    }
  }
}
