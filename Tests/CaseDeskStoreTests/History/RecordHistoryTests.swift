import CaseDeskDomain
import Foundation
import Testing

@testable import CaseDeskStore

@Suite struct RecordHistoryTests {
  let demo = DemoFixture.workspace

  /// A workspace of the demo's first 200 events with one enterprise edited twice.
  func editedWorkspace() throws -> (Workspace, EnterpriseID, StaffID) {
    let path = temporaryWorkspacePath()
    let workspace = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(200)))
    let enterprise = try #require(workspace.state.enterprises.keys.sorted().first)
    let clerk = try #require(
      workspace.state.staff.values.sorted { $0.id < $1.id }.first { $0.roles.contains(.clerk) })
    let time = Timestamp(day: demo.asOf, hour: 9, utcOffset: 8 * 3600)
    try workspace.perform(
      .enterprise(.edit(enterprise, [.notes("第一次修改")])), by: .staff(clerk.id), at: time)
    try workspace.perform(
      .enterprise(.edit(enterprise, [.notes("第二次修改"), .contactPhone("0412-1234567")])),
      by: .staff(clerk.id), at: time.adding(seconds: 60))
    return (workspace, enterprise, clerk.id)
  }

  @Test func aRecordEditedTwiceShowsThreeEntriesInOrder() throws {
    let (workspace, enterprise, clerk) = try editedWorkspace()
    defer { workspace.close() }
    let entries = RecordHistory.entries(
      of: .enterprise(enterprise), inWorkspace: workspace.directory.path)
    #expect(entries.count == 3)
    #expect(entries.map(\.sequence) == entries.map(\.sequence).sorted())
    #expect(entries.first?.summary.en.hasPrefix("Enterprise registered") == true)
    #expect(entries.last?.actor == .staff(clerk))
    #expect(entries.last?.sequence == workspace.lastSequence)
    let last = try #require(entries.last)
    #expect(last.fieldChanges.map(\.new) == ["第二次修改", "0412-1234567"])
    #expect(last.fieldChanges.first?.old == "第一次修改")
    // The same record through the in-memory route gives the same descriptions.
    let replayed = HistoryEntry.entries(
      of: .enterprise(enterprise), in: Array(demo.events.prefix(200)))
    #expect(replayed.first?.summary == entries.first?.summary)
  }

  @Test func compactionMovesOldGenerationsToHistoryAndKeepsEveryEntry() throws {
    let (workspace, enterprise, _) = try editedWorkspace()
    let path = workspace.directory.path
    try workspace.compact()
    let clerk = try #require(
      workspace.state.staff.values.sorted { $0.id < $1.id }.first { $0.roles.contains(.clerk) })
    let time = Timestamp(day: demo.asOf, hour: 10, utcOffset: 8 * 3600)
    try workspace.perform(
      .enterprise(.edit(enterprise, [.notes("第三次修改")])), by: .staff(clerk.id), at: time)
    try workspace.compact()
    try workspace.compact()
    let expected = workspace.state
    workspace.close()

    let folder = path + "/" + WorkspaceHistory.folderName
    let retired = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(retired == ["journal-000001.log", "journal-000002.log"])
    let live = try FileManager.default.contentsOfDirectory(atPath: path)
    #expect(!live.contains("journal-000001.log"))
    #expect(!live.contains("snapshot-000002.json"))
    let mode = try PosixFileSystem().stat(folder + "/journal-000001.log").octalPermissions
    #expect(mode == "0600")
    #expect(try PosixFileSystem().stat(folder).octalPermissions == "0700")

    let entries = RecordHistory.entries(of: .enterprise(enterprise), inWorkspace: path)
    #expect(entries.count == 4)
    #expect(entries.first?.summary.en.hasPrefix("Enterprise registered") == true)
    #expect(entries.map(\.sequence) == entries.map(\.sequence).sorted())

    // Loading ignores history/; verify checks it; backup copies it.
    let reopened = try Workspace.open(at: path, operatorID: "@system")
    #expect(reopened.state == expected)
    reopened.close()
    let verification = try Workspace.verify(at: path)
    #expect(verification.isSound)
    #expect(verification.historyGenerations == 2)
    let source = try Workspace.open(at: path, operatorID: "@system", readOnly: true)
    let copy = try source.backup(to: temporaryWorkspacePath("copy"))
    #expect(copy.isSound && copy.historyGenerations == 2)
    #expect(RecordHistory.entries(of: .enterprise(enterprise), inWorkspace: copy.path).count == 4)
  }

  @Test func verifyReportsADamagedRetiredJournal() throws {
    let (workspace, _, _) = try editedWorkspace()
    let path = workspace.directory.path
    try workspace.compact()
    try workspace.compact()
    workspace.close()
    let file = path + "/" + WorkspaceHistory.folderName + "/journal-000001.log"
    var bytes = try #require(contents(file))
    bytes[40] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let verification = try Workspace.verify(at: path)
    #expect(!verification.isSound)
    #expect(verification.historyProblems.count == 1)
  }

  @Test func anotherRecordsLinesAreNotItsHistory() throws {
    let (workspace, enterprise, _) = try editedWorkspace()
    defer { workspace.close() }
    let other = try #require(workspace.state.enterprises.keys.sorted().dropFirst().first)
    let entries = RecordHistory.entries(
      of: .enterprise(other), inWorkspace: workspace.directory.path)
    #expect(entries.count == 1)
    #expect(entries.allSatisfy { !$0.summary.en.contains(enterprise.raw) })
  }
}

/// Timing of the record history on a large workspace named by `CASEDESK_HISTORY_WORKSPACE`
/// (skipped without it): the id is the first enterprise registered in its first journal.
@Suite struct RecordHistoryTimingTests {
  static let path = ProcessInfo.processInfo.environment["CASEDESK_HISTORY_WORKSPACE"]

  @Test(.enabled(if: path != nil)) func historyOfOneEnterpriseOnALargeWorkspace() throws {
    let path = try #require(Self.path)
    let handle = try #require(FileHandle(forReadingAtPath: path + "/journal-000001.log"))
    let journal = [UInt8](handle.readData(ofLength: 1 << 20))
    let marker = Array("\tenterprise.registered\t{\"enterprise\":{\"uscc\":\"".utf8)
    let start = try #require(
      journal.indices.first { journal[$0...].starts(with: marker) }.map { $0 + marker.count })
    let uscc = String(decoding: journal[start..<start + 18], as: UTF8.self)
    let clock = ContinuousClock()
    var entries: [HistoryEntry] = []
    let elapsed = clock.measure {
      entries = RecordHistory.entries(of: .enterprise(EnterpriseID(uscc)), inWorkspace: path)
    }
    print("record history of \(uscc): \(entries.count) entries in \(elapsed)")
    #expect(!entries.isEmpty)
  }
}
