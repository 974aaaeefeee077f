import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI
import Testing

/// The demo's version stamp, the notice for an older demo, and `casedesk demo --reset`.
@Suite struct DemoResetTests {
  static let tester = StaffID("tester")

  func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.path + "/casedesk-reset-\(UUID().uuidString)/demo"
  }

  /// Removes the temporary directory holding `path` (and its siblings).
  func cleanUp(_ path: String) {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
  }

  func makeDemo(at path: String) throws {
    try WorkspaceOpener.createDemoIfMissing(at: path, scale: nil, progress: { _ in })
  }

  func config(at path: String) throws -> WorkspaceConfig {
    try WorkspaceConfig.decode(
      Array(Data(contentsOf: URL(fileURLWithPath: path + "/workspace.json"))))
  }

  /// Adds a staff member to the workspace at `path`: a change made while practising.
  func practise(at path: String) throws {
    let workspace = try Workspace.open(at: path, operatorID: "@system")
    defer { workspace.close() }
    let member = StaffMemberDraft(id: Self.tester, name: "测试员", roles: [.clerk])
    try workspace.perform(
      .staff(.addMember(member)), by: .system, at: Timestamp(secondsSinceEpoch: 1_766_200_000))
  }

  func staff(at path: String) throws -> [StaffID: StaffMember] {
    let workspace = try Workspace.open(at: path, operatorID: "@system", readOnly: true)
    defer { workspace.close() }
    return workspace.state.staff
  }

  /// The names and bytes of every file below `path`.
  func contents(of path: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let names = try FileManager.default.subpathsOfDirectory(atPath: path)
    for name in names {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: path + "/" + name, isDirectory: &isDirectory)
      if exists, !isDirectory.boolValue {
        files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
      }
    }
    return files
  }

  /// The screen of the demo at `path` opened as `casedesk demo` opens it.
  func openingScreen(at path: String) throws -> (screen: String, message: Message?) {
    let location = WorkspaceLocation(path: path, origin: .commandLine)
    let workspace = try WorkspaceOpener.open(at: location, operatorID: nil, readOnly: false)
    defer { workspace.close() }
    let size = Size(width: 100, height: 30)
    var context = AppLauncher.prepare(
      options: LaunchOptions(language: .en, demo: true), environment: [:], size: size,
      workspace: OpenedWorkspace(workspace))
    WorkspaceOpener.noteOlderDemo(&context, config: workspace.config)
    let (screen, _) = HeadlessRunner.run(context: context, size: size, keys: [], styles: false)
    return (screen, context.state.message)
  }

  @Test func buildingTheDemoStampsItsConfig() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try makeDemo(at: path)
    #expect(try config(at: path).demoVersion == DemoVersion.current)
    let (screen, message) = try openingScreen(at: path)
    #expect(message == nil)
    #expect(!screen.contains("older CaseDesk"))
  }

  @Test func aDemoWithoutAStampOpensAndSaysItIsOlder() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try makeDemo(at: path)
    var old = try config(at: path)
    old.demoVersion = nil
    try Data(old.encoded()).write(to: URL(fileURLWithPath: path + "/workspace.json"))
    #expect(!String(decoding: old.encoded(), as: UTF8.self).contains("demoVersion"))

    let (screen, message) = try openingScreen(at: path)
    #expect(
      message?.text
        == "This demo was built by an older CaseDesk; `casedesk demo --reset` rebuilds it")
    #expect(screen.contains("This demo was built by an older CaseDesk"))
    // Opening it rebuilt nothing.
    #expect(try config(at: path).demoVersion == nil)
    #expect(WorkspaceOpener.isOlderDemo(try config(at: path)))
    #expect(Strings(.zh)[.demoOlder] == "演示数据由旧版本生成；运行 casedesk demo --reset 可重建")
  }

  @Test func aRealWorkspaceIsNeverAnOlderDemo() {
    #expect(!WorkspaceOpener.isOlderDemo(WorkspaceConfig(name: "局")))
    #expect(WorkspaceOpener.isOlderDemo(WorkspaceConfig(name: "演示", isDemo: true)))
  }

  @Test func resetRefusesAWorkspaceThatIsNotTheDemoAndLeavesItUntouched() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try WorkspaceOpener.createEmpty(at: path, operatorID: "liuna", name: "刘娜")
    let before = try contents(of: path)
    do {
      try DemoReset.rebuild(at: path, scale: nil, progress: { _ in })
      Issue.record("rebuilt a workspace that is not the demo")
    } catch {
      #expect(error.description.contains("is not a demo workspace"))
    }
    #expect(try contents(of: path) == before)
    #expect(!FileManager.default.fileExists(atPath: DemoReset.newPath(for: path)))
    #expect(!FileManager.default.fileExists(atPath: DemoReset.oldPath(for: path)))
  }

  @Test func resetRefusesADirectoryThatHoldsSomethingElse() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try Data("notes".utf8).write(to: URL(fileURLWithPath: path + "/notes.txt"))
    #expect(throws: WorkspaceOpener.Failure.self) {
      try DemoReset.rebuild(at: path, scale: nil, progress: { _ in })
    }
    #expect(try contents(of: path) == ["notes.txt": Data("notes".utf8)])
  }

  @Test func resetRebuildsTheDemoWithoutThePractice() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try makeDemo(at: path)
    var old = try config(at: path)
    old.demoVersion = nil
    try Data(old.encoded()).write(to: URL(fileURLWithPath: path + "/workspace.json"))
    try practise(at: path)
    #expect(try staff(at: path)[Self.tester] != nil)

    var lines: [String] = []
    let records = try DemoReset.rebuild(at: path, scale: nil, progress: { lines.append($0) })
    let rebuilt = try Workspace.open(at: path, operatorID: "@system", readOnly: true)
    #expect(UInt64(records) == rebuilt.lastSequence)
    #expect(rebuilt.config.name == "演示：鞍山市生态环境局 2025")
    rebuilt.close()
    #expect(lines.last == "Demo workspace rebuilt: \(records) records.")
    #expect(try staff(at: path)[Self.tester] == nil)
    #expect(try config(at: path).demoVersion == DemoVersion.current)
    #expect(!FileManager.default.fileExists(atPath: DemoReset.newPath(for: path)))
    #expect(!FileManager.default.fileExists(atPath: DemoReset.oldPath(for: path)))
    let (_, message) = try openingScreen(at: path)
    #expect(message == nil)
  }

  @Test func resetBuildsTheDemoWhereThereIsNone() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    let records = try DemoReset.rebuild(at: path, scale: nil, progress: { _ in })
    #expect(records > 0)
    #expect(try config(at: path).demoVersion == DemoVersion.current)
  }

  @Test func resetRefusesADemoThatIsOpen() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try makeDemo(at: path)
    try practise(at: path)
    let open = try Workspace.open(at: path, operatorID: "officer1")
    defer { open.close() }
    #expect(open.access == .writer)
    do {
      try DemoReset.rebuild(at: path, scale: nil, progress: { _ in })
      Issue.record("rebuilt a demo another CaseDesk holds")
    } catch {
      #expect(error.description.contains("is open"))
      #expect(error.description.contains("officer1"))
    }
    #expect(try staff(at: path)[Self.tester] != nil)
    #expect(!FileManager.default.fileExists(atPath: DemoReset.newPath(for: path)))
  }

  @Test func aResetInterruptedAfterSettingTheOldDemoAsideOpensTheNewOne() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try makeDemo(at: path)
    try practise(at: path)
    // The crash: the new demo is complete beside, the old one set aside, nothing in place.
    try WorkspaceOpener.createDemoIfMissing(
      at: DemoReset.newPath(for: path), scale: nil, progress: { _ in })
    try FileManager.default.moveItem(atPath: path, toPath: DemoReset.oldPath(for: path))

    try makeDemo(at: path)
    #expect(try staff(at: path)[Self.tester] == nil)
    #expect(!FileManager.default.fileExists(atPath: DemoReset.newPath(for: path)))
    // The next reset clears what the crash left.
    try DemoReset.rebuild(at: path, scale: nil, progress: { _ in })
    #expect(!FileManager.default.fileExists(atPath: DemoReset.oldPath(for: path)))
  }

  @Test func aResetInterruptedBeforeTheNewDemoWasCompleteKeepsTheOldOne() throws {
    let path = temporaryPath()
    defer { cleanUp(path) }
    try makeDemo(at: path)
    try practise(at: path)
    // The crash: the old demo set aside, the new one without its config (unfinished).
    try FileManager.default.createDirectory(
      atPath: DemoReset.newPath(for: path), withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: path, toPath: DemoReset.oldPath(for: path))

    try makeDemo(at: path)
    #expect(try staff(at: path)[Self.tester] != nil)
  }
}
