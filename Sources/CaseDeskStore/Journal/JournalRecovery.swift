import CaseDeskDomain
import Glibc

/// Start-up recovery of a journal file: verify every line, set a torn tail aside, and refuse
/// to touch damage in the middle.
///
/// - Clean: every line is valid.
/// - Torn tail: the first bad line has no intact line after it (an unfinished write, a line
///   without its newline, NUL padding). Its bytes are copied to
///   `quarantine/journal-GGGGGG-YYYYMMDDTHHMMSSZ.tail` (0600, atomically), then the journal is
///   cut to its last good length and synced.
/// - Damaged: the first bad line is intact in itself but out of sequence or chain, or intact
///   lines follow it. Nothing is changed; the report names file, line and byte offset.
public struct JournalRecovery: Sendable {
  /// The file system used.
  public var fileSystem: any FileSystem

  /// Creates a recovery on a file system.
  public init(fileSystem: any FileSystem = PosixFileSystem()) {
    self.fileSystem = fileSystem
  }

  /// Verifies and, for a torn tail, repairs the journal at `path`.
  ///
  /// `base` is the generation's base hash and `firstSequence` the number its first record must
  /// carry (nil: any). `quarantineDirectory` defaults to `quarantine/` beside the journal and is
  /// created when needed; `now` names the quarantine file.
  public func open(
    path: String, base: JournalHash, firstSequence: UInt64?, quarantineDirectory: String? = nil,
    now: Timestamp = JournalRecovery.currentTime()
  ) throws -> RecoveredJournal {
    let bytes = try fileSystem.readFile(path)
    var (recovered, verdict) = JournalRecovery.examine(
      bytes, path: path, base: base, firstSequence: firstSequence)
    let offset: Int
    let problem: JournalLineProblem
    switch verdict {
    case .clean, .damaged:
      return recovered
    case .tornTail(let tornOffset, let tornProblem):
      offset = tornOffset
      problem = tornProblem
    }

    let directory =
      quarantineDirectory
      ?? "\(AtomicFileWriter.directory(of: path))/\(WorkspaceDirectory.quarantineName)"
    try WorkspaceDirectory.makeDirectory(directory, fileSystem: fileSystem)
    let generation = JournalGeneration(fileName: String(path.split(separator: "/").last ?? ""))
    let baseName = (generation ?? .first).quarantineFileName(at: now)
    var quarantinePath = "\(directory)/\(baseName)"
    var counter = 2
    while fileSystem.exists(quarantinePath) {
      quarantinePath = "\(directory)/\(baseName.dropLast(5))-\(counter).tail"
      counter += 1
    }
    try AtomicFileWriter(fileSystem: fileSystem).write(Array(bytes[offset...]), to: quarantinePath)

    let file = try fileSystem.open(path, flags: O_WRONLY, mode: 0)
    do {
      try fileSystem.ftruncate(file, length: offset)
      try fileSystem.fsync(file)
    } catch {
      try? fileSystem.close(file)
      throw error
    }
    try fileSystem.close(file)
    recovered.outcome = .tornTail(
      JournalTornTail(
        path: path, offset: offset, byteCount: bytes.count - offset,
        quarantinePath: quarantinePath, problem: problem))
    return recovered
  }

  /// Verifies journal bytes without touching any file (for `casedesk verify` and for `open`).
  ///
  /// The result's outcome is `.clean` or `.damaged`; a torn tail shows only in the verdict
  /// (and the result's bytes stop before it) because nothing has been quarantined yet.
  public static func examine(
    _ bytes: [UInt8], path: String, base: JournalHash, firstSequence: UInt64?
  ) -> (journal: RecoveredJournal, verdict: JournalVerdict) {
    var scanner = JournalScanner(bytes: bytes, base: base, firstSequence: firstSequence)
    scanner.scanToEnd()
    let nextSequence = scanner.lastSequence.map { $0 + 1 } ?? firstSequence ?? 1
    var journal = RecoveredJournal(
      path: path, base: base, bytes: bytes, recordCount: scanner.recordCount,
      nextSequence: nextSequence, head: scanner.head, outcome: .clean)
    if let problem = scanner.problem {
      let offset = scanner.validLength
      if problem.lineIsIntact || scanner.hasIntactLine(from: offset) {
        journal.bytes = Array(bytes[..<offset])
        let damage = JournalDamage(
          path: path, lineNumber: scanner.lineNumber, offset: offset, problem: problem)
        journal.outcome = .damaged(damage)
        return (journal, .damaged(damage))
      }
      guard scanner.openBatch != nil else {
        journal.bytes = Array(bytes[..<offset])
        return (journal, .tornTail(offset: offset, problem: problem))
      }
    }
    guard let batch = scanner.openBatch else { return (journal, .clean) }
    // An unfinished batch at the tail goes entirely, from its marker on.
    journal.bytes = Array(bytes[..<batch.offset])
    journal.recordCount = batch.recordCount
    journal.head = batch.head
    journal.nextSequence = batch.lastSequence.map { $0 + 1 } ?? firstSequence ?? 1
    return (
      journal,
      .tornTail(
        offset: batch.offset,
        problem: .unfinishedBatch(declared: batch.declared, found: batch.found))
    )
  }

  /// The current UTC time to the second.
  public static func currentTime() -> Timestamp {
    Timestamp(secondsSinceEpoch: Int64(time(nil)))
  }
}
