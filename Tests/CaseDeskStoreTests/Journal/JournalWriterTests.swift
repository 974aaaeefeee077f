import CaseDeskDomain
import CaseDeskStore
import Glibc
import Testing

@Suite struct JournalWriterTests {
  @Test func aBatchWrittenWithoutItsRecordsIsTheSameBatch() throws {
    let directory = try TemporaryDirectory("writer-batch")
    defer { directory.remove() }
    let drafts = (0..<50).map { JournalFixture.draft($0) }
    let kept = directory.file("kept.log")
    let lean = directory.file("lean.log")
    let keeping = try JournalWriter.create(
      path: kept, base: .zero, nextSequence: 1, fileSystem: PosixFileSystem())
    let records = try keeping.append(drafts, asBatch: true)
    keeping.close()
    let leaning = try JournalWriter.create(
      path: lean, base: .zero, nextSequence: 1, fileSystem: PosixFileSystem())
    let last = try leaning.appendBatch(drafts)
    #expect(try leaning.appendBatch([]) == nil)
    leaning.close()
    #expect(last == records.last)
    #expect(leaning.head == keeping.head && leaning.lastSequence == keeping.lastSequence)
    #expect(try PosixFileSystem().readFile(lean) == PosixFileSystem().readFile(kept))
    let recovered = try JournalRecovery().open(path: lean, base: .zero, firstSequence: 1)
    #expect(recovered.outcome == .clean && recovered.head == last?.sum)
  }

  @Test func appendsContinueAfterRecoveryAndAcrossGenerations() throws {
    let directory = try TemporaryDirectory("writer")
    defer { directory.remove() }
    let first = directory.file(JournalGeneration(1).fileName)
    try JournalFixture.write(5, to: first)
    let recovered = try JournalRecovery().open(path: first, base: .zero, firstSequence: 1)
    #expect(recovered.outcome == .clean && recovered.recordCount == 5)
    #expect(recovered.nextSequence == 6)
    let writer = try JournalWriter(recovered: recovered, fileSystem: PosixFileSystem())
    let records = try writer.append([JournalFixture.draft(5), JournalFixture.draft(6)])
    #expect(records.map(\.sequence) == [6, 7])
    #expect(records[0].previous == recovered.head && records[1].previous == records[0].sum)
    writer.close()

    // The next generation chains to this one's head and continues its numbers.
    let second = directory.file(JournalGeneration(2).fileName)
    let next = try JournalWriter.create(
      path: second, base: writer.head, nextSequence: writer.lastSequence + 1,
      fileSystem: PosixFileSystem())
    let record = try next.append(JournalFixture.draft(7))
    #expect(record.sequence == 8 && record.previous == writer.head)
    let reopened = try JournalRecovery().open(path: second, base: writer.head, firstSequence: 8)
    #expect(reopened.outcome == .clean && reopened.head == record.sum)
    #expect(try permissions(second) == 0o600)

    var scanner = reopened.scanner()
    guard let entry = scanner.next() else {
      Issue.record("no record")
      return
    }
    let copy = JournalRecord(entry, in: reopened.bytes)
    #expect(copy == record)
    #expect(copy.timestamp == JournalFixture.time.adding(seconds: 7))
    #expect(scanner.next() == nil && scanner.isComplete)
  }

  @Test func invalidDraftsAreRefusedWithoutFailingTheWriter() throws {
    let directory = try TemporaryDirectory("drafts")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let writer = try JournalWriter.create(
      path: path, base: .zero, nextSequence: 1, fileSystem: PosixFileSystem())
    let time = JournalFixture.time
    let bad = [
      JournalDraft(time: time, operatorID: "", type: "a.b", json: "{}"),
      JournalDraft(time: time, operatorID: "z\tw", type: "a.b", json: "{}"),
      JournalDraft(time: time, operatorID: "zw", type: "a.b", json: "{\"x\":\"1\n\"}"),
      JournalDraft(time: time, operatorID: "zw", type: "a.b", json: "{\"x\":\"\r\"}"),
      JournalDraft(time: time, operatorID: "zw", type: "", json: "{}"),
      JournalDraft(time: time, operatorID: "zw", type: "a.b", json: ""),
      JournalDraft(
        time: Timestamp(secondsSinceEpoch: -100_000_000_000), operatorID: "zw", type: "a.b",
        json: "{}"),
    ]
    for draft in bad {
      #expect(throws: JournalError.self) {
        try writer.append([JournalFixture.draft(0), draft])
      }
    }
    #expect(writer.failureReason == nil && writer.length == 0)
    #expect(try writer.append(JournalFixture.draft(0)).sequence == 1)
    #expect(try writer.append([]).isEmpty)
  }

  @Test func largeBatchesAreRefusedWhenTheDiskIsNearlyFull() throws {
    let directory = try TemporaryDirectory("space")
    defer { directory.remove() }
    let faulty = FaultyFileSystem()
    faulty.inject(FileFault(.freeSpace, times: .max, effect: .freeSpace(3 << 20)))
    let writer = try JournalWriter.create(
      path: directory.file("journal-000001.log"), base: .zero, nextSequence: 1,
      fileSystem: faulty)
    let small = try writer.append((0..<10).map { JournalFixture.draft($0, padding: 1000) })
    #expect(small.count == 10)
    let big = (10..<2_010).map { JournalFixture.draft($0, padding: 1000) }
    #expect {
      try writer.append(big)
    } throws: { error in
      guard case .insufficientSpace(_, let needed, let available) = error as? JournalError
      else { return false }
      return needed > 2_000_000 && available == 3 << 20
    }
    #expect(writer.failureReason == nil && writer.lastSequence == 10)
    faulty.removeFaults()
    #expect(try writer.append(big).count == 2_000)
  }

  @Test func aJournalChangedSinceRecoveryIsNotAppendedTo() throws {
    let directory = try TemporaryDirectory("changed")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    try JournalFixture.write(2, to: path)
    let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
    try JournalFixture.write(0, to: directory.file("journal-000002.log"))
    let file = try PosixFileSystem().open(path, flags: O_WRONLY | O_APPEND, mode: 0)
    try PosixFileSystem().writeAll(file, Array("x".utf8))
    try PosixFileSystem().close(file)
    #expect(throws: JournalError.self) {
      _ = try JournalWriter(recovered: recovered, fileSystem: PosixFileSystem())
    }
  }

  @Test func creatingOverAnExistingJournalFails() throws {
    let directory = try TemporaryDirectory("exclusive")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let bytes = try JournalFixture.write(3, to: path)
    #expect(throws: FileSystemError.self) {
      _ = try JournalWriter.create(
        path: path, base: .zero, nextSequence: 1, fileSystem: PosixFileSystem())
    }
    #expect(contents(path) == bytes)
  }
}
