import CaseDeskDomain
import CaseDeskStore
import Testing

@Suite struct JournalRecoveryTests {
  @Test func aTornTailIsQuarantinedAndCutOff() throws {
    let directory = try TemporaryDirectory("torn")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let good = try JournalFixture.write(4, to: path)
    let tail = Array("000000000005\t2025-06-30T08:1".utf8) + [0, 0, 0]
    try overwrite(path, good + tail)
    let recovered = try JournalRecovery().open(
      path: path, base: .zero, firstSequence: 1, now: JournalFixture.time)
    guard case .tornTail(let torn) = recovered.outcome else {
      Issue.record("expected a torn tail, got \(recovered.outcome)")
      return
    }
    #expect(torn.offset == good.count && torn.byteCount == tail.count)
    #expect(
      torn.quarantinePath == directory.file("quarantine/journal-000001-20250630T081500Z.tail"))
    #expect(contents(torn.quarantinePath) == tail)
    #expect(try permissions(torn.quarantinePath) == 0o600)
    #expect(try permissions(directory.file("quarantine")) == 0o700)
    #expect(contents(path) == good)
    #expect(recovered.recordCount == 4 && recovered.nextSequence == 5 && recovered.isWritable)

    // A second torn tail in the same second gets its own quarantine file.
    try overwrite(path, good + tail)
    let again = try JournalRecovery().open(
      path: path, base: .zero, firstSequence: 1, now: JournalFixture.time)
    guard case .tornTail(let second) = again.outcome else {
      Issue.record("expected a torn tail")
      return
    }
    #expect(second.quarantinePath.hasSuffix("journal-000001-20250630T081500Z-2.tail"))
  }

  @Test func damageInTheMiddleChangesNothingAndSaysWhere() throws {
    let directory = try TemporaryDirectory("damage")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    var bytes = try JournalFixture.write(6, to: path)
    let lines = JournalFixture.lineRanges(bytes)
    bytes[lines[2].lowerBound + 40] ^= 0x01
    try overwrite(path, bytes)
    let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
    #expect(
      recovered.outcome
        == .damaged(
          JournalDamage(
            path: path, lineNumber: 3, offset: lines[2].lowerBound, problem: .checksumMismatch)))
    #expect(!recovered.isWritable && recovered.recordCount == 2)
    #expect(contents(path) == bytes)
    #expect(!PosixFileSystem().exists(directory.file("quarantine")))
    #expect(throws: JournalError.self) {
      _ = try JournalWriter(recovered: recovered, fileSystem: PosixFileSystem())
    }
  }

  @Test func anIntactRecordOutOfChainIsDamageEvenAtTheEnd() throws {
    let directory = try TemporaryDirectory("chain")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let bytes = try JournalFixture.write(4, to: path)
    let lines = JournalFixture.lineRanges(bytes)
    // Drop record 3: record 4 is intact but its sequence and prev no longer follow.
    try overwrite(path, Array(bytes[..<lines[2].lowerBound]) + Array(bytes[lines[3]]))
    let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
    guard case .damaged(let damage) = recovered.outcome else {
      Issue.record("expected damage")
      return
    }
    #expect(damage.lineNumber == 3 && damage.problem == .sequenceOutOfOrder(expected: 3, found: 4))
  }

  @Test func theBaseHashAndFirstSequenceAreChecked() throws {
    let directory = try TemporaryDirectory("base")
    defer { directory.remove() }
    let path = directory.file("journal-000002.log")
    let base = try #require(JournalHash(hex: "0123456789abcdef0123456789abcdef"))
    try JournalFixture.write(2, to: path, base: base, firstSequence: 41)
    #expect(
      try JournalRecovery().open(path: path, base: base, firstSequence: 41).outcome == .clean)
    #expect(
      try JournalRecovery().open(path: path, base: base, firstSequence: nil).nextSequence == 43)
    let wrongBase = try JournalRecovery().open(path: path, base: .zero, firstSequence: 41)
    #expect(!wrongBase.isWritable)
    let wrongStart = try JournalRecovery().open(path: path, base: base, firstSequence: 1)
    #expect(!wrongStart.isWritable)
  }

  @Test func anEmptyJournalIsClean() throws {
    let directory = try TemporaryDirectory("empty")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    try JournalFixture.write(0, to: path)
    let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
    #expect(recovered.outcome == .clean && recovered.nextSequence == 1 && recovered.head == .zero)
  }

  @Test func damageAndTornTailMessagesNameTheFileAndOffset() {
    let damage = JournalDamage(
      path: "/w/journal-000001.log", lineNumber: 12, offset: 1834,
      problem: .checksumMismatch)
    #expect(
      damage.description
        == "/w/journal-000001.log line 12 (byte 1834): the checksum does not match the line's bytes"
    )
  }
}
