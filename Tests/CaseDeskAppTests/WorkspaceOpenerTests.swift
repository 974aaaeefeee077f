import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation
import Testing

@Suite struct WorkspaceOpenerTests {
  func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.path + "/casedesk-opener-\(UUID().uuidString)/ws"
  }

  @Test func anEmptyWorkspaceStartsWithItsCreatorAsClerkAndApprover() throws {
    let path = temporaryPath()
    let location = WorkspaceLocation(path: path, origin: .commandLine)
    #expect(!WorkspaceOpener.exists(at: location))
    try WorkspaceOpener.createEmpty(at: path, operatorID: "liuna", name: "刘娜")
    #expect(WorkspaceOpener.exists(at: location))
    let workspace = try WorkspaceOpener.open(at: location, operatorID: "liuna", readOnly: false)
    defer { workspace.close() }
    #expect(Set(workspace.state.staff["liuna"]?.roles ?? []) == [.clerk, .approver])
    #expect(workspace.access == .writer)
    #expect(workspace.config.name == "ws")
  }

  @Test func aBadStaffIdCreatesNothing() {
    let path = temporaryPath()
    #expect(throws: WorkspaceOpener.Failure.self) {
      try WorkspaceOpener.createEmpty(at: path, operatorID: "刘 娜", name: "刘娜")
    }
    #expect(!FileManager.default.fileExists(atPath: path + "/workspace.json"))
  }

  @Test func openingWhereThereIsNoWorkspaceSaysWhatToDo() {
    let location = WorkspaceLocation(path: temporaryPath(), origin: .commandLine)
    do {
      _ = try WorkspaceOpener.open(at: location, operatorID: nil, readOnly: false)
      Issue.record("opened a workspace that does not exist")
    } catch {
      #expect(error.description.contains("casedesk demo"))
    }
  }
}
