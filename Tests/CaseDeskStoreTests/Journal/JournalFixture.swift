import CaseDeskDomain
import CaseDeskStore

/// Builds journals for tests.
enum JournalFixture {
  static let time = Timestamp(secondsSinceEpoch: 1_751_271_300)  // 2025-06-30T08:15:00Z

  /// A draft whose data names its position.
  static func draft(_ index: Int, padding: Int = 0, type: String = "case.filed") -> JournalDraft {
    JournalDraft(
      time: time.adding(seconds: Int64(index)), operatorID: index % 3 == 0 ? "@system" : "zhangwei",
      type: type,
      json:
        "{\"n\":\(index),\"name\":\"鞍山钢铁\(index)\",\"pad\":\"\(String(repeating: "y", count: padding))\"}"
    )
  }

  /// A journal file of `count` records made by the real writer; returns its bytes.
  @discardableResult
  static func write(
    _ count: Int, to path: String, base: JournalHash = .zero, firstSequence: UInt64 = 1
  ) throws -> [UInt8] {
    let writer = try JournalWriter.create(
      path: path, base: base, nextSequence: firstSequence, fileSystem: PosixFileSystem())
    if count > 0 { try writer.append((0..<count).map { draft($0) }) }
    writer.close()
    return contents(path) ?? []
  }

  /// The same lines built in memory, for scanner tests.
  static func lines(_ count: Int, dataBytes: Int = 80) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count * (dataBytes + 130))
    var head = JournalHash.zero
    let padding = String(repeating: "z", count: max(0, dataBytes - 20))
    for index in 0..<count {
      var line = ""
      let sequence = String(index + 1)
      line += String(repeating: "0", count: 12 - sequence.count) + sequence
      line += "\t2025-06-30T08:15:00Z\tzhangwei\tinspection.recorded\t"
      line += "{\"n\":\(index),\"p\":\"\(padding)\"}\tprev:\(head)\t"
      let covered = Array(line.utf8)
      head = JournalHash.of(covered)
      bytes.append(contentsOf: covered)
      bytes.append(contentsOf: Array("sum:\(head)\n".utf8))
    }
    return bytes
  }

  /// Splits journal bytes into lines (each with its newline) for offset arithmetic.
  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      ranges.append(start..<index + 1)
      start = index + 1
    }
    return ranges
  }
}
