import CaseDeskStore
import Foundation
import Testing

@Suite struct JournalScannerTests {
  @Test func scansEntriesInPlace() throws {
    let bytes = JournalFixture.lines(3)
    var scanner = JournalScanner(bytes: bytes, base: .zero, firstSequence: 1)
    var sequences: [UInt64] = []
    while let entry = scanner.next() {
      sequences.append(entry.sequence)
      #expect(entry.string(entry.operatorID, in: bytes) == "zhangwei")
      #expect(entry.string(entry.type, in: bytes) == "inspection.recorded")
      #expect(bytes[entry.data].first == UInt8(ascii: "{"))
      #expect(entry.lineNumber == Int(entry.sequence))
    }
    #expect(sequences == [1, 2, 3] && scanner.isComplete && scanner.recordCount == 3)
  }

  /// Parse and verify many synthetic lines (1,000,000 with CASEDESK_LONG=1); prints the time.
  ///
  /// A debug build is several times slower than release: see the JournalTorture `bench` mode.
  @Test func parsesAndVerifiesManyLines() {
    let count = longRun ? 1_000_000 : 100_000
    let bytes = JournalFixture.lines(count)
    let start = DispatchTime.now().uptimeNanoseconds
    var scanner = JournalScanner(bytes: bytes, base: .zero, firstSequence: 1)
    let seen = scanner.scanToEnd()
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    #expect(seen == count && scanner.isComplete)
    print(
      "journal scan (debug build): \(grouped(count)) lines, \(bytes.count / 1_048_576) MiB, "
        + "parsed and verified in \(Int(milliseconds)) ms")
  }
}
