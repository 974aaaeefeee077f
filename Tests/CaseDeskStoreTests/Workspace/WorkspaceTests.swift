import CaseDeskDomain
import Foundation
import Testing

@testable import CaseDeskStore

/// A fresh temporary directory path (not created).
func temporaryWorkspacePath(_ name: String = "ws") -> String {
  let base = FileManager.default.temporaryDirectory.path
  return "\(base)/casedesk-test-\(UUID().uuidString)/\(name)"
}

@Suite struct WorkspaceTests {
  let demo = DemoFixture.workspace

  @Test func demoWorkspaceIsCreatedReopenedAndEqual() throws {
    let path = temporaryWorkspacePath()
    let created = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "demo", isDemo: true, asOf: demo.asOf),
      events: demo.events)
    #expect(created.state == demo.state)
    #expect(created.lastSequence == UInt64(demo.events.count))
    #expect(created.access == .writer)
    created.close()
    let reopened = try Workspace.open(at: path, operatorID: "@system")
    #expect(reopened.state == demo.state)
    #expect(reopened.head == created.head)
    #expect(reopened.config.isDemo && reopened.config.asOf == demo.asOf)
    #expect(reopened.notices.isEmpty)
    // Files are private to the owner.
    let status = try PosixFileSystem().stat(path + "/" + JournalGeneration.first.fileName)
    #expect(status.octalPermissions == "0600")
  }

  @Test func aSavedChangeSurvivesReopeningAndCompaction() throws {
    let path = temporaryWorkspacePath()
    let workspace = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(200)))
    let before = workspace.state
    let clerk = try #require(workspace.state.staff.values.first { $0.roles.contains(.approver) })
    let time = Timestamp(day: demo.asOf, hour: 9, utcOffset: 8 * 3600)
    try workspace.perform(
      .settings(.setCaseNumberPrefix("鞍环罚字")), by: .staff(clerk.id), at: time)
    #expect(workspace.state.settings.caseNumberPrefix == "鞍环罚字")
    #expect(workspace.state != before)
    try workspace.compact()
    #expect(workspace.generation == JournalGeneration(2))
    try workspace.perform(
      .settings(.setPositiveListAdmissionApproval(required: false)), by: .staff(clerk.id),
      at: time)
    let expected = workspace.state
    workspace.close()
    let reopened = try Workspace.open(at: path, operatorID: clerk.id.raw)
    #expect(reopened.state == expected)
    #expect(reopened.generation == JournalGeneration(2))
    #expect(reopened.lastSequence == 202)
    // A refused command saves nothing.
    #expect(throws: WorkspaceError.self) {
      try reopened.perform(.settings(.setCaseNumberPrefix("")), by: .staff(clerk.id), at: time)
    }
    #expect(reopened.lastSequence == 202)
  }

  @Test func theIndexFollowsTheState() throws {
    let path = temporaryWorkspacePath()
    let workspace = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "demo", isDemo: true, asOf: demo.asOf),
      events: demo.events)
    var index = workspace.index
    for record in demo.state.cases.values {
      #expect(index.records(of: record.enterprise).contains(.enforcementCase(record.id)))
      #expect(index.casesByStage[record.stage]?.contains(record.id) == true)
    }
    for clue in demo.state.clues.values {
      if let enterprise = clue.enterprise {
        #expect(index.records(of: enterprise).contains(.clue(clue.id)))
      }
    }
    #expect(index.deadlines(in: workspace.state).count == demo.state.openDeadlines().count)
    #expect(WorkspaceIndex(workspace.state).recordsByEnterprise == index.recordsByEnterprise)
  }

  @Test func theJournalCompactsItselfInTheBackgroundPastItsThreshold() throws {
    let path = temporaryWorkspacePath()
    var config = WorkspaceConfig(name: "t")
    config.compactionThreshold = 1 << 16
    let workspace = try Workspace.create(
      at: path, config: config, events: Array(demo.events.prefix(100)))
    let approver = try #require(workspace.state.staff.values.first { $0.roles.contains(.approver) })
    let time = Timestamp(day: demo.asOf, utcOffset: 8 * 3600)
    for round in 0..<400 {
      try workspace.perform(
        .settings(.setCaseNumberPrefix(round % 2 == 0 ? "鞍环罚" : "鞍环罚字")),
        by: .staff(approver.id), at: time)
    }
    #expect(workspace.waitForCompaction() == nil)
    #expect(workspace.generation > JournalGeneration(1))
    let expected = workspace.state
    let last = workspace.lastSequence
    workspace.close()
    let names = try FileManager.default.contentsOfDirectory(atPath: path)
    #expect(names.contains { $0.hasPrefix("snapshot-") })
    let reopened = try Workspace.open(at: path, operatorID: approver.id.raw)
    #expect(reopened.state == expected)
    #expect(reopened.lastSequence == last)
  }

  @Test func aSecondOpenIsReadOnlyAndNamesTheHolder() throws {
    let path = temporaryWorkspacePath()
    let first = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(50)))
    let second = try Workspace.open(at: path, operatorID: "someone")
    guard case .heldByAnother(let holder) = second.access else {
      Issue.record("expected read-only, got \(second.access)")
      return
    }
    #expect(holder?.pid == getpid())
    #expect(second.state == first.state)
    #expect(throws: WorkspaceError.self) {
      try second.perform(
        .settings(.setCaseNumberPrefix("x")), by: .system, at: Timestamp(secondsSinceEpoch: 0))
    }
  }

  @Test func aReaderReloadsToSeeTheWritersNewRecords() throws {
    let path = temporaryWorkspacePath()
    let writer = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(200)))
    let reader = try Workspace.open(at: path, operatorID: "reader")
    #expect(!reader.access.isWritable)
    let approver = try #require(writer.state.staff.values.first { $0.roles.contains(.approver) })
    try writer.perform(
      .settings(.setCaseNumberPrefix("鞍环罚字")), by: .staff(approver.id),
      at: Timestamp(day: demo.asOf, utcOffset: 8 * 3600))
    #expect(reader.state.settings.caseNumberPrefix != "鞍环罚字")
    try reader.reload()
    #expect(reader.state == writer.state)
    #expect(reader.lastSequence == writer.lastSequence)
  }

  @Test func aTornTailIsQuarantinedAndTheRestLoads() throws {
    let path = temporaryWorkspacePath()
    let created = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(30)))
    let expected = created.state
    created.close()
    let journal = path + "/" + JournalGeneration.first.fileName
    let handle = try #require(FileHandle(forWritingAtPath: journal))
    handle.seekToEndOfFile()
    handle.write(Data("000000000031\t2025-01-01T00:00:00Z\t@system\tsettings.caseNumberPre".utf8))
    handle.closeFile()
    let reopened = try Workspace.open(at: path, operatorID: "@system")
    #expect(reopened.state == expected)
    #expect(reopened.access == .writer)
    #expect(reopened.notices.count == 1)
    let quarantined = try FileManager.default.contentsOfDirectory(atPath: path + "/quarantine")
    #expect(quarantined.count == 1)
  }

  @Test func damageInTheMiddleOpensReadOnlyNamingTheLine() throws {
    let path = temporaryWorkspacePath()
    let created = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(30)))
    created.close()
    let journal = path + "/" + JournalGeneration.first.fileName
    var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: journal)))
    let newlines = bytes.indices.filter { bytes[$0] == 0x0A }
    bytes[newlines[9] - 40] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: journal))
    let reopened = try Workspace.open(at: path, operatorID: "@system")
    guard case .damaged(let damage) = reopened.access else {
      Issue.record("expected damage, got \(reopened.access)")
      return
    }
    #expect(damage.lineNumber == 10)
    #expect(reopened.state.appliedEvents == 9)
  }

  @Test func aGroupWritableWorkspaceIsRefused() throws {
    let path = temporaryWorkspacePath()
    let created = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(5)))
    created.close()
    chmod(path, 0o770)
    #expect(throws: WorkspaceError.self) { try Workspace.open(at: path, operatorID: "@system") }
    chmod(path, 0o700)
  }
}
