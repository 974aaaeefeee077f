import CaseDeskStore
import Testing

/// Cuts a journal at every byte offset of its last record (of every record with
/// CASEDESK_LONG=1), plain and NUL-padded; recovery must give exactly the complete records.
@Suite struct TruncationSweepTests {
  @Test func everyCutRecoversExactlyTheCompleteRecords() throws {
    let directory = try TemporaryDirectory("sweep")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let full = try JournalFixture.write(5, to: path)
    let lines = JournalFixture.lineRanges(full)
    let sweep = longRun ? 0...full.count : lines[4].lowerBound...full.count
    let paddings = [0, 1, 17, 4_096]
    var recoveries = 0
    var tornTails = 0
    for cut in sweep {
      let complete = lines.filter { $0.upperBound <= cut }
      let goodLength = complete.last?.upperBound ?? 0
      for padding in paddings {
        let damaged = Array(full[..<cut]) + [UInt8](repeating: 0, count: padding)
        try overwrite(path, damaged)
        let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
        recoveries += 1
        #expect(recovered.recordCount == complete.count, "cut \(cut) + \(padding) NULs")
        #expect(recovered.isWritable, "cut \(cut) + \(padding) NULs")
        #expect(contents(path) == Array(full[..<goodLength]), "cut \(cut) + \(padding) NULs")
        if case .tornTail(let torn) = recovered.outcome {
          tornTails += 1
          #expect(torn.offset == goodLength && torn.byteCount == damaged.count - goodLength)
          #expect(contents(torn.quarantinePath) == Array(damaged[goodLength...]))
        } else {
          #expect(damaged.count == goodLength, "cut \(cut) + \(padding) NULs: not reported")
        }
      }
    }
    print(
      "truncation sweep: \(grouped(sweep.count)) offsets × \(paddings.count) paddings, "
        + "\(grouped(recoveries)) recoveries, \(grouped(tornTails)) torn tails cut, "
        + "0 complete records lost")
  }
}
