import CaseDeskDomain
import Foundation
import Testing

@testable import CaseDeskStore

@Suite struct QuickLookupTests {
  let demo = DemoFixture.workspace

  /// Whether an event changes what the lookup file's search data holds.
  static func touchesSearch(_ event: Event) -> Bool {
    event.change.affectedRecords.contains {
      switch $0 {
      case .enterprise, .staff: return true
      default: return false
      }
    }
  }

  /// A workspace of the demo compacted before its last events that change no enterprise and no
  /// staff member, which are then saved after the snapshot.
  func workspaceWithChangesAfterSnapshot() throws -> (Workspace, after: Int) {
    let last = try #require(demo.events.lastIndex(where: Self.touchesSearch))
    let split = last + 1
    let path = temporaryWorkspacePath()
    let workspace = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events[..<split]))
    try workspace.compact()
    for event in demo.events[split...] { try workspace.save([event]) }
    return (workspace, demo.events.count - split)
  }

  /// The full path's answer: the exact USCC alone, else the ranked search.
  static func fullFind(_ text: String, in state: DomainState) -> [String] {
    let wanted = text.trimmingCharacters(in: .whitespaces).uppercased()
    if let exact = state.enterprises[EnterpriseID(wanted)] { return [exact.uscc] }
    let (enterprises, entries) = state.enterpriseSearchEntries()
    var search = IncrementalSearch(
      index: SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases))
    return search.results(for: text).map { enterprises[$0].uscc }
  }

  @Test func everyCardAndSearchEqualsTheFullOpenAfterLaterChanges() throws {
    let (workspace, after) = try workspaceWithChangesAfterSnapshot()
    defer { workspace.close() }
    #expect(after > 5)
    let quick = try #require(QuickLookup.open(at: workspace.directory.path))
    let full = try Workspace.open(
      at: workspace.directory.path, operatorID: "@t", readOnly: true)
    defer { full.close() }
    let state = full.state
    let now = Timestamp(day: demo.asOf, hour: 12, utcOffset: state.settings.utcOffset)
    var compared = 0
    for enterprise in state.enterprises.values.sorted(by: { $0.uscc < $1.uscc }) {
      let positions = quick.find(enterprise.uscc)
      try #require(positions.count == 1)
      let partial = try #require(quick.state(of: positions[0]))
      #expect(partial.settings == state.settings)
      #expect(partial.calendar == state.calendar)
      #expect(
        partial.statusCard(of: enterprise.id, at: now)
          == state.statusCard(of: enterprise.id, at: now))
      compared += 1
    }
    #expect(compared == state.enterprises.count)
    var queries = ["cs", "yh", "钢铁", "district:铁西", "tier:key", "listed:yes 化工", "91", "zz", "有限"]
    for enterprise in state.enterprises.values.sorted(by: { $0.uscc < $1.uscc }).prefix(40) {
      queries.append(enterprise.name)
      queries.append(String(enterprise.uscc.prefix(6)))
      queries.append(enterprise.district)
      queries.append(String(enterprise.name.prefix(2)))
    }
    for query in queries {
      let found = quick.find(query).compactMap { quick.enterprise(at: $0)?.uscc }
      #expect(found == Self.fullFind(query, in: state), "\(query)")
    }
    #expect(try Workspace.verify(at: workspace.directory.path).lookupProblem == nil)
  }

  @Test func aChangeToAnEnterpriseAfterTheSnapshotFallsBack() throws {
    let path = temporaryWorkspacePath()
    let workspace = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(300)))
    defer { workspace.close() }
    try workspace.compact()
    #expect(QuickLookup.open(at: path) != nil)
    let enterprise = try #require(workspace.state.enterprises.keys.sorted().first)
    let clerk = try #require(
      workspace.state.staff.values.sorted { $0.id < $1.id }.first { $0.roles.contains(.clerk) })
    try workspace.perform(
      .enterprise(.edit(enterprise, [.notes("改")])), by: .staff(clerk.id),
      at: Timestamp(day: demo.asOf, hour: 9, utcOffset: 8 * 3600))
    #expect(QuickLookup.open(at: path) == nil)
    try workspace.compact()
    #expect(QuickLookup.open(at: path) != nil)
  }

  @Test func aMissingOrDamagedLookupFileFallsBackAndVerifySaysSo() throws {
    let path = temporaryWorkspacePath()
    let workspace = try Workspace.create(
      at: path, config: WorkspaceConfig(name: "t"), events: Array(demo.events.prefix(300)))
    try workspace.compact()
    workspace.close()
    let name = LookupFile.fileName(workspace.generation)
    let file = workspace.directory.file(name)
    let status = try PosixFileSystem().stat(file)
    #expect(status.octalPermissions == "0600")
    var bytes = try PosixFileSystem().readFile(file)
    bytes[bytes.count - 3] ^= 0x55
    try AtomicFileWriter(fileSystem: PosixFileSystem()).write(bytes, to: file)
    let damaged = try Workspace.verify(at: path)
    #expect(damaged.isSound)
    #expect(damaged.lookupProblem?.contains("damaged") == true)
    try PosixFileSystem().unlink(file)
    #expect(QuickLookup.open(at: path) == nil)
    let missing = try Workspace.verify(at: path)
    #expect(missing.lookupProblem?.contains("missing") == true)
  }
}
