import CaseDeskDomain
import Foundation
import Glibc

/// Appends records to one journal file, durably: one write, then `fdatasync`, then return.
///
/// A writer starts from a verified file (`JournalRecovery`) or a new one (`create`) and knows
/// its last good length, sequence number and sum. When a write or sync fails it cuts the file
/// back to the last good length, syncs, and turns failed: every later append throws the same
/// `JournalError.failed`. A failed sync is never retried, because after a write-back error the
/// kernel may already have dropped the unwritten pages.
public final class JournalWriter: @unchecked Sendable {
  /// Batches larger than this are checked against the free space before writing.
  public static let largeBatchBytes = 1 << 20
  /// Free space that must remain after a large batch.
  public static let reserveBytes: UInt64 = 8 << 20

  /// The journal file's path.
  public let path: String
  /// The file system written through.
  public let fileSystem: any FileSystem
  private let lock = NSLock()
  private var file: OpenFile?
  private var state: (length: Int, lastSequence: UInt64, head: JournalHash)
  private var failure: String?

  private init(
    path: String, fileSystem: any FileSystem, file: OpenFile, length: Int, lastSequence: UInt64,
    head: JournalHash
  ) {
    self.path = path
    self.fileSystem = fileSystem
    self.file = file
    self.state = (length, lastSequence, head)
  }

  deinit {
    if let file { try? fileSystem.close(file) }
  }

  /// Opens a verified journal for appending after its last good record.
  ///
  /// Refuses a journal with damage in the middle, and one whose length changed since it was
  /// verified (another process wrote to it).
  public convenience init(recovered: RecoveredJournal, fileSystem: any FileSystem) throws {
    if case .damaged(let damage) = recovered.outcome {
      throw JournalError.notAppendable(path: recovered.path, reason: damage.description)
    }
    let file = try fileSystem.open(recovered.path, flags: O_WRONLY | O_APPEND, mode: 0o600)
    do {
      let size = try fileSystem.fstat(file).size
      guard size == recovered.validLength else {
        throw JournalError.notAppendable(
          path: recovered.path,
          reason: "its length is \(size) bytes, not the \(recovered.validLength) verified")
      }
    } catch {
      try? fileSystem.close(file)
      throw error
    }
    self.init(
      path: recovered.path, fileSystem: fileSystem, file: file, length: recovered.validLength,
      lastSequence: recovered.nextSequence - 1, head: recovered.head)
  }

  /// Creates a new, empty journal file (exclusive create, 0600, synced with its directory)
  /// whose first record will carry `nextSequence` and chain to `base`.
  public static func create(
    path: String, base: JournalHash, nextSequence: UInt64, fileSystem: any FileSystem
  ) throws -> JournalWriter {
    let file = try fileSystem.open(
      path, flags: O_WRONLY | O_APPEND | O_CREAT | O_EXCL, mode: WorkspaceDirectory.fileMode)
    do {
      try fileSystem.fchmod(file, mode: WorkspaceDirectory.fileMode)
      try fileSystem.fsync(file)
      try fileSystem.syncDirectory(AtomicFileWriter.directory(of: path))
    } catch {
      try? fileSystem.close(file)
      try? fileSystem.unlink(path)
      throw error
    }
    return JournalWriter(
      path: path, fileSystem: fileSystem, file: file, length: 0,
      lastSequence: nextSequence - 1, head: base)
  }

  /// The file's length up to the end of the last durable record.
  public var length: Int { lock.withLock { state.length } }
  /// The last record's sequence number (one less than the next one).
  public var lastSequence: UInt64 { lock.withLock { state.lastSequence } }
  /// The last record's sum: the chain's head hash.
  public var head: JournalHash { lock.withLock { state.head } }
  /// Why the writer failed (the session is read-only), nil while it works.
  public var failureReason: String? { lock.withLock { failure } }

  /// Appends a batch of records in one write and syncs it; returns them as written.
  ///
  /// When this returns, the records are on stable storage and may be shown as saved. An empty
  /// batch writes nothing. Throws `invalidDraft` or `insufficientSpace` without writing (the
  /// writer stays usable), and `failed` after a write or sync error (the writer is failed).
  ///
  /// With `asBatch` and more than one draft, a `journal.batch` marker record declaring the
  /// count goes first, so that recovery sets the whole batch aside if a crash cuts it short
  /// (see `JournalBatch`); the records returned are the drafts' own, without the marker.
  @discardableResult
  public func append(_ drafts: [JournalDraft], asBatch: Bool = false) throws -> [JournalRecord] {
    try lock.withLock {
      try appendLocked(drafts, asBatch: asBatch && drafts.count > 1, keepRecords: true)
    }
  }

  /// Appends drafts as one batch, like `append(_:asBatch:)`, and returns only the last record
  /// (nil for no drafts): a large batch need not keep every record it wrote.
  @discardableResult
  public func appendBatch(_ drafts: [JournalDraft]) throws -> JournalRecord? {
    try lock.withLock {
      try appendLocked(drafts, asBatch: drafts.count > 1, keepRecords: false).last
    }
  }

  /// Appends one record; see `append(_:)`.
  @discardableResult
  public func append(_ draft: JournalDraft) throws -> JournalRecord {
    let records = try append([draft])
    guard let record = records.first else {
      throw JournalError.invalidDraft(index: 0, reason: "nothing to write")
    }
    return record
  }

  /// Appends drafts; returns every record written when `keepRecords`, else only the last.
  private func appendLocked(_ originals: [JournalDraft], asBatch: Bool, keepRecords: Bool) throws
    -> [JournalRecord]
  {
    if let failure { throw JournalError.failed(reason: failure) }
    guard let file else { throw JournalError.failed(reason: "\(path) is closed") }
    guard let first = originals.first else { return [] }
    var drafts = originals
    if asBatch {
      let marker = JournalDraft(
        time: first.time, operatorID: first.operatorID, type: JournalBatch.type,
        data: JournalBatch.data(count: originals.count))
      drafts.insert(marker, at: 0)
    }

    var bytes: [UInt8] = []
    bytes.reserveCapacity(drafts.reduce(0) { $0 + $1.data.count + 150 })
    var records: [JournalRecord] = []
    if keepRecords { records.reserveCapacity(drafts.count) }
    var sequence = state.lastSequence
    var head = state.head
    let shift = asBatch ? 1 : 0
    // The drafts of a batch mostly share their time, operator and type: each is turned into
    // bytes and checked once per run of equal values.
    var time: (value: Timestamp, text: String, bytes: [UInt8]) = (
      Timestamp(secondsSinceEpoch: 0), "", []
    )
    var operatorID: (value: String, bytes: [UInt8]) = ("", [])
    var type: (value: String, bytes: [UInt8]) = ("", [])
    for (position, draft) in drafts.enumerated() {
      let index = max(0, position - shift)
      if position == 0 || draft.time != time.value {
        let text = draft.time.description
        let bytes = Array(text.utf8)
        let timeValid = bytes.withUnsafeBufferPointer {
          JournalLineFormat.isTime($0, 0..<bytes.count)
        }
        guard timeValid else {
          throw JournalError.invalidDraft(index: index, reason: "time \(draft.time) out of range")
        }
        time = (draft.time, text, bytes)
      }
      if position == 0 || draft.operatorID != operatorID.value {
        operatorID = (draft.operatorID, Array(draft.operatorID.utf8))
        try Self.checkField("operator", operatorID.bytes, index: index)
      }
      if position == 0 || draft.type != type.value {
        type = (draft.type, Array(draft.type.utf8))
        try Self.checkField("type", type.bytes, index: index)
      }
      try Self.checkField("data", draft.data, index: index)
      guard sequence < JournalLineFormat.maximumSequence else {
        throw JournalError.invalidDraft(index: index, reason: "sequence numbers exhausted")
      }
      sequence += 1
      let previous = head
      head = JournalLineFormat.append(
        sequence: sequence, time: time.bytes, operatorID: operatorID.bytes, type: type.bytes,
        data: draft.data, previous: previous, to: &bytes)
      guard keepRecords || position == drafts.count - 1 else { continue }
      records.append(
        JournalRecord(
          sequence: sequence, time: time.text,
          operatorID: draft.operatorID, type: draft.type, data: draft.data, previous: previous,
          sum: head))
    }

    if bytes.count > JournalWriter.largeBatchBytes,
      let available = try? fileSystem.freeSpace(AtomicFileWriter.directory(of: path))
    {
      let needed = UInt64(bytes.count) + JournalWriter.reserveBytes
      guard available >= needed else {
        throw JournalError.insufficientSpace(path: path, needed: needed, available: available)
      }
    }

    do {
      try fileSystem.writeAll(file, bytes)
      try fileSystem.fdatasync(file)
    } catch {
      fail(file, because: error)
      throw JournalError.failed(reason: failure ?? "\(error)")
    }
    state = (state.length + bytes.count, sequence, head)
    return asBatch && keepRecords ? Array(records.dropFirst()) : records
  }

  /// Throws `invalidDraft` for a field that may not go into a line.
  private static func checkField(_ name: String, _ bytes: [UInt8], index: Int) throws {
    guard JournalLineFormat.isFieldAllowed(bytes) else {
      throw JournalError.invalidDraft(
        index: index, reason: "the \(name) is empty or holds a tab or line break")
    }
  }

  /// Cuts the file back to the last good length, syncs, closes, and records the failure.
  private func fail(_ file: OpenFile, because error: any Error) {
    var reason =
      "Saving to \(path) failed (\(error)). The session is read-only; records up to "
      + "\(state.lastSequence) are saved."
    do {
      try fileSystem.ftruncate(file, length: state.length)
      try fileSystem.fsync(file)
    } catch {
      reason +=
        " Cutting the unsaved bytes off also failed (\(error)); they will be "
        + "checked and set aside when the workspace is next opened."
    }
    try? fileSystem.close(file)
    self.file = nil
    failure = reason
  }

  /// Closes the file; later appends throw.
  public func close() {
    lock.withLock {
      if let file {
        try? fileSystem.close(file)
        self.file = nil
      }
    }
  }
}
