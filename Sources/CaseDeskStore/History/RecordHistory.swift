import CaseDeskDomain
import Glibc

/// The saved changes to one record, read from the journals of a workspace directory.
///
/// Reads the retired journals in `history/` and then the live ones, oldest first. Each file is
/// searched for the record's id bytes; only the lines holding them are parsed and decoded with
/// the journal codecs, and only changes that touched the record are kept. A line that does not
/// parse or decode is skipped (verify reports damage; the history shows what it can read).
public enum RecordHistory {
  /// The entries of `record`, oldest first.
  public static func entries(
    of record: RecordRef, inWorkspace path: String,
    fileSystem: any FileSystem = PosixFileSystem()
  ) -> [HistoryEntry] {
    let directory = WorkspaceDirectory(path: path, fileSystem: fileSystem)
    let historyFolder = WorkspaceHistory.path(in: directory)
    var files = WorkspaceHistory.generations(in: directory).map {
      "\(historyFolder)/\($0.fileName)"
    }
    let live = (try? JournalGeneration.all(in: path, fileSystem: fileSystem)) ?? []
    files += live.map { directory.file($0.fileName) }
    let needle = Array(idText(of: record).utf8)
    var result: [HistoryEntry] = []
    var lastSequence: UInt64 = 0
    for file in files {
      guard let bytes = try? fileSystem.readFile(file) else { continue }
      for entry in matchingEntries(in: bytes, needle: needle, record: record)
      where entry.sequence > lastSequence {
        result.append(entry)
        lastSequence = entry.sequence
      }
    }
    return result
  }

  /// The text of a record's id as the journal writes it.
  static func idText(of record: RecordRef) -> String {
    switch record {
    case .staff(let id): return id.raw
    case .supervisor(let id): return id.raw
    case .enterprise(let id), .positiveListEntry(let id): return id.raw
    case .inspection(let id): return id.raw
    case .clue(let id): return id.raw
    case .enforcementCase(let id): return id.raw
    case .referral(let id): return id.raw
    case .serviceRequest(let id): return id.raw
    case .followUpVisit(let id): return id.raw
    case .rectificationTask(let id): return id.raw
    }
  }

  /// The entries of one journal file's lines that hold `needle` and touched `record`.
  static func matchingEntries(in bytes: [UInt8], needle: [UInt8], record: RecordRef)
    -> [HistoryEntry]
  {
    guard !needle.isEmpty else { return [] }
    // Look for a rare byte of the id first: an upper-case letter (journal lines are mostly
    // digits, lower-case hex and Chinese), else its last byte; then compare the whole id.
    let anchor = needle.lastIndex { $0 >= 0x41 && $0 <= 0x5A } ?? needle.count - 1
    let anchorByte = Int32(needle[anchor])
    var result: [HistoryEntry] = []
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = buffer.count
      var position = 0
      var lineNumber = 0
      while position + needle.count <= count {
        let from = position + anchor
        guard let hit = memchr(base + from, anchorByte, count - from) else { break }
        let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
        guard index + needle.count <= count, memcmp(base + index, needle, needle.count) == 0
        else {
          position = index + 1
          continue
        }
        // The line around the hit: from after the previous newline to the next one.
        var start = index
        while start > 0, buffer[start - 1] != JournalLineFormat.newline { start -= 1 }
        guard let newline = JournalScanner.newline(in: buffer, from: index) else { break }
        position = newline + 1
        lineNumber += 1
        guard
          case .entry(let entry) = JournalLineFormat.parse(
            buffer, start: start, newline: newline, lineNumber: lineNumber),
          let historyEntry = decode(entry, in: bytes, record: record)
        else { continue }
        result.append(historyEntry)
      }
    }
    return result
  }

  /// The entry of a parsed line, or nil when it does not decode or did not touch `record`.
  static func decode(_ entry: JournalEntry, in bytes: [UInt8], record: RecordRef) -> HistoryEntry? {
    let type = entry.string(entry.type, in: bytes)
    guard
      let change = try? ChangeCodec.decode(
        type: type, data: bytes, from: entry.data.lowerBound, to: entry.data.upperBound),
      change.affectedRecords.contains(record),
      let time = JournalRecord.timestamp(entry.string(entry.time, in: bytes))
    else { return nil }
    let actor = Actor(journalName: entry.string(entry.operatorID, in: bytes))
    return HistoryEntry(
      sequence: entry.sequence, event: Event(actor: actor, time: time, change: change))
  }
}
