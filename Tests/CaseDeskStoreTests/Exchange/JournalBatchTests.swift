import CaseDeskDomain
import Testing

@testable import CaseDeskStore

@Suite struct JournalBatchTests {
  @Test func aCutAnywhereInABatchRecoversToTheStateBeforeIt() throws {
    let workspace = try ExchangeFixture.workspace()
    let path = workspace.directory.path
    let journalPath = path + "/" + JournalGeneration.first.fileName
    let before = workspace.state
    let headBefore = workspace.head
    let fileSystem = PosixFileSystem()
    let start = try fileSystem.readFile(journalPath).count
    var rows = "uscc,name,district\n"
    for number in 1...5 { rows += "\(ExchangeFixture.uscc(number)),企业\(number),铁西区\n" }
    let plan = try ExchangeFixture.plan(rows, in: workspace.state)
    try EnterpriseImport.apply(plan, to: workspace, options: ImportOptions())
    let after = workspace.state
    workspace.close()
    let full = try fileSystem.readFile(journalPath)
    #expect(full.count > start)

    // Every cut inside the batch's bytes (the marker line and its five records) examines back
    // to the records before the batch; every line end and every 13th byte also opens back to
    // the state before it, with the cut bytes set aside.
    let recordsBefore = JournalRecovery.examine(
      Array(full[..<start]), path: journalPath, base: .zero, firstSequence: 1
    ).journal.recordCount
    let lineEnds = Set(JournalFixture.lineRanges(full).map(\.upperBound))
    let copy = temporaryWorkspacePath()
    try Workspace.create(
      at: copy, config: WorkspaceConfig(name: "t"), events: ExchangeFixture.staffEvents()
    ).close()
    for cut in start..<full.count {
      let (journal, verdict) = JournalRecovery.examine(
        Array(full[..<cut]), path: journalPath, base: .zero, firstSequence: 1)
      #expect(journal.recordCount == recordsBefore, "cut at \(cut)")
      #expect(journal.head == headBefore, "cut at \(cut)")
      #expect(verdict != .clean || cut == start, "cut at \(cut)")
      guard lineEnds.contains(cut) || cut % 13 == 0 else { continue }
      try AtomicFileWriter(fileSystem: fileSystem).write(
        Array(full[..<cut]), to: copy + "/" + JournalGeneration.first.fileName)
      let reopened = try Workspace.open(at: copy, operatorID: "@test")
      #expect(reopened.state == before, "cut at \(cut)")
      #expect(reopened.head == headBefore, "cut at \(cut)")
      #expect(reopened.access.isWritable, "cut at \(cut)")
      reopened.close()
      #expect(try Workspace.verify(at: copy).isSound, "cut at \(cut)")
      #expect(try fileSystem.readFile(copy + "/" + JournalGeneration.first.fileName).count == start)
    }
    let whole = try Workspace.open(at: path, operatorID: "@test", readOnly: true)
    #expect(whole.state == after)
  }

  @Test func aBatchCutAtALineEndIsAnUnfinishedBatch() throws {
    let path = temporaryWorkspacePath("j") + ".log"
    try Workspace.makeParents(of: path, fileSystem: PosixFileSystem())
    let writer = try JournalWriter.create(
      path: path, base: .zero, nextSequence: 1, fileSystem: PosixFileSystem())
    try writer.append(JournalFixture.draft(0))
    let records = try writer.append((1...3).map { JournalFixture.draft($0) }, asBatch: true)
    #expect(records.map(\.sequence) == [3, 4, 5])
    writer.close()
    let bytes = try PosixFileSystem().readFile(path)
    let lines = JournalFixture.lineRanges(bytes)
    #expect(lines.count == 5)
    let cut = Array(bytes[..<lines[3].upperBound])
    let (journal, verdict) = JournalRecovery.examine(
      cut, path: path, base: .zero, firstSequence: 1)
    #expect(
      verdict
        == .tornTail(offset: lines[1].lowerBound, problem: .unfinishedBatch(declared: 3, found: 2)))
    #expect(journal.recordCount == 1)
    #expect(journal.nextSequence == 2)
    #expect(journal.bytes == Array(bytes[..<lines[1].lowerBound]))
    let (whole, clean) = JournalRecovery.examine(bytes, path: path, base: .zero, firstSequence: 1)
    #expect(clean == .clean)
    #expect(whole.recordCount == 5)
  }
}
