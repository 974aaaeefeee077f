import CaseDeskDomain
import CaseDeskStore
import Testing

@Suite struct JournalLineTests {
  @Test func aLineHasTheDocumentedBytes() throws {
    let directory = try TemporaryDirectory("line")
    defer { directory.remove() }
    let path = directory.file(JournalGeneration.first.fileName)
    let writer = try JournalWriter.create(
      path: path, base: .zero, nextSequence: 1, fileSystem: PosixFileSystem())
    let record = try writer.append(
      JournalDraft(
        time: JournalFixture.time, operatorID: "zhangwei", type: "case.filed",
        json: #"{"id":"C-1"}"#))
    // The expected sum was computed independently: Python's hashlib.sha256 over the line up to
    // and including the tab before `sum:`, first 32 hex digits.
    let expected =
      "000000000001\t2025-06-30T08:15:00Z\tzhangwei\tcase.filed\t{\"id\":\"C-1\"}\t"
      + "prev:00000000000000000000000000000000\tsum:4d9849568ad137a0ba7a3719a6da8ac8\n"
    #expect(contents(path) == Array(expected.utf8))
    #expect(record.sum.description == "4d9849568ad137a0ba7a3719a6da8ac8")
    #expect(record.sequence == 1 && record.previous == .zero)
    #expect(writer.head == record.sum && writer.lastSequence == 1)
    #expect(writer.length == expected.utf8.count)
  }

  @Test func hashesParseAndPrint() {
    let hex = "0123456789abcdef00112233445566ff"
    #expect(JournalHash(hex: hex)?.description == hex)
    #expect(JournalHash(hex: hex.uppercased()) == nil)
    #expect(JournalHash(hex: "00") == nil)
    #expect(JournalHash.zero.description == String(repeating: "0", count: 32))
  }

  @Test func timesParseToTimestamps() {
    #expect(JournalRecord.timestamp("2025-06-30T08:15:00Z") == JournalFixture.time)
    #expect(JournalRecord.timestamp("2025-02-30T08:15:00Z") == nil)
    #expect(JournalRecord.timestamp("2025-06-30T24:00:00Z") == nil)
    #expect(JournalRecord.timestamp("2025-06-30 08:15:00Z") == nil)
  }

  @Test func generationNames() throws {
    #expect(JournalGeneration(1).fileName == "journal-000001.log")
    #expect(JournalGeneration(fileName: "journal-000042.log") == JournalGeneration(42))
    #expect(JournalGeneration(fileName: "journal-00004.log") == nil)
    #expect(JournalGeneration(fileName: "journal-000000.log") == nil)
    #expect(JournalGeneration(fileName: "journal-00000a.log") == nil)
    #expect(
      JournalGeneration(3).quarantineFileName(at: JournalFixture.time)
        == "journal-000003-20250630T081500Z.tail")
    let directory = try TemporaryDirectory("generations")
    defer { directory.remove() }
    #expect(try JournalGeneration.current(in: directory.path) == nil)
    for name in ["journal-000002.log", "journal-000010.log", "snapshot.tsv", "journal-x.log"] {
      try overwrite(directory.file(name), [])
    }
    #expect(
      try JournalGeneration.all(in: directory.path) == [
        JournalGeneration(2), JournalGeneration(10),
      ])
    #expect(try JournalGeneration.current(in: directory.path) == JournalGeneration(10))
  }
}
