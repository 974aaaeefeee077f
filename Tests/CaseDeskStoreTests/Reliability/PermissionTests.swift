import CaseDeskStore
import Glibc
import Testing

/// Files are created 0600 and directories 0700 whatever the umask; a workspace others can
/// write to is refused with a message naming the path, the mode and the fix.
@Suite(.serialized) struct PermissionTests {
  @Test func createdFilesArePrivateEvenWithUmaskZero() throws {
    let parent = try TemporaryDirectory("umask")
    defer { parent.remove() }
    let previous = umask(0)
    defer { umask(previous) }
    let workspace = WorkspaceDirectory(path: parent.file("ws"))
    try workspace.create()
    try workspace.createQuarantine()
    try AtomicFileWriter().write("staff", to: workspace.file("staff.tsv"))
    try JournalFixture.write(2, to: workspace.file("journal-000001.log"))
    let holder = LockHolder(operatorID: "zhangwei", host: "desk", pid: getpid(), since: "now")
    guard
      case .acquired(let lock) = try WorkspaceLock.acquire(
        workspace: workspace.path, holder: holder)
    else {
      Issue.record("lock not acquired")
      return
    }
    defer { lock.release() }
    #expect(try permissions(workspace.path) == 0o700)
    #expect(try permissions(workspace.quarantinePath) == 0o700)
    for name in ["staff.tsv", "journal-000001.log", WorkspaceLock.fileName] {
      #expect(try permissions(workspace.file(name)) == 0o600, "\(name)")
    }
    #expect(try workspace.check().isEmpty)
  }

  @Test func aWorkspaceOthersCanWriteIsRefused() throws {
    let parent = try TemporaryDirectory("refuse")
    defer { parent.remove() }
    let workspace = WorkspaceDirectory(path: parent.file("ws"))
    try workspace.create()
    try PosixFileSystem().chmod(workspace.path, mode: 0o770)
    #expect {
      _ = try workspace.check()
    } throws: { error in
      let text = "\(error)"
      return error as? WorkspaceProblem
        == .writableByOthers(path: workspace.path, permissions: "0770")
        && text.contains(workspace.path) && text.contains("0770")
        && text.contains("chmod go-w '\(workspace.path)'")
    }
    try PosixFileSystem().chmod(workspace.path, mode: 0o700)
    try AtomicFileWriter().write("x", to: workspace.file("config.toml"))
    try PosixFileSystem().chmod(workspace.file("config.toml"), mode: 0o666)
    #expect(
      throws: WorkspaceProblem.writableByOthers(
        path: workspace.file("config.toml"), permissions: "0666")
    ) {
      _ = try workspace.check()
    }
    try PosixFileSystem().chmod(workspace.file("config.toml"), mode: 0o644)
    #expect(try workspace.check().isEmpty)
    try overwrite(parent.file("plain"), [])
    #expect(throws: WorkspaceProblem.notADirectory(path: parent.file("plain"))) {
      _ = try WorkspaceDirectory(path: parent.file("plain")).check()
    }
  }

  @Test func networkFileSystemsWarn() throws {
    let parent = try TemporaryDirectory("nfs")
    defer { parent.remove() }
    for (type, kind) in [("nfs4", "NFS"), ("cifs", "CIFS"), ("smb3", "SMB"), ("ext4", "")] {
      let faulty = FaultyFileSystem()
      faulty.inject(FileFault(.fileSystemType, effect: .fileSystemType(type)))
      let warnings = try WorkspaceDirectory(path: parent.path, fileSystem: faulty).check()
      #expect(
        warnings == (kind.isEmpty ? [] : [.networkFileSystem(path: parent.path, kind: kind)]))
    }
    #expect(try WorkspaceDirectory(path: parent.path).check().isEmpty)
  }
}
