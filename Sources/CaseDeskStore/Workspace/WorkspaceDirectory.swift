/// Creates and checks a workspace directory: private to its owner, on a local disk.
///
/// The directory is made 0700 and the files in it 0600 whatever the umask (an explicit chmod
/// follows every create). A workspace that the group or others can write to is refused;
/// one on NFS, SMB or CIFS opens with a warning.
public struct WorkspaceDirectory: Sendable {
  /// The directory's mode.
  public static let directoryMode: UInt32 = 0o700
  /// The mode of every file in the workspace.
  public static let fileMode: UInt32 = 0o600
  /// The name of the subdirectory holding quarantined bytes.
  public static let quarantineName = "quarantine"

  /// Mount-table types of network file systems, with a name for the warning.
  ///
  /// The same file systems as the `statfs` magic numbers NFS 0x6969, SMB 0x517B,
  /// CIFS 0xFF534D42 and SMB2 0xFE534D42.
  public static let networkFileSystems: [String: String] = [
    "nfs": "NFS", "nfs4": "NFS", "smbfs": "SMB", "smb3": "SMB", "cifs": "CIFS", "smb2": "SMB2",
  ]

  /// The workspace's path.
  public var path: String
  /// The file system used.
  public var fileSystem: any FileSystem

  /// Describes the workspace at `path`.
  public init(path: String, fileSystem: any FileSystem = PosixFileSystem()) {
    self.path = path
    self.fileSystem = fileSystem
  }

  /// The path of the `quarantine/` subdirectory.
  public var quarantinePath: String { "\(path)/\(WorkspaceDirectory.quarantineName)" }

  /// The path of a file in the workspace.
  public func file(_ name: String) -> String { "\(path)/\(name)" }

  /// Creates the directory (0700) if missing, tightening its mode when it was just made.
  public func create() throws {
    try WorkspaceDirectory.makeDirectory(path, fileSystem: fileSystem)
  }

  /// Creates the `quarantine/` subdirectory (0700) if missing.
  public func createQuarantine() throws {
    try WorkspaceDirectory.makeDirectory(quarantinePath, fileSystem: fileSystem)
  }

  /// Makes a directory with mode 0700 whatever the umask; an existing directory is left as is.
  public static func makeDirectory(_ path: String, fileSystem: any FileSystem) throws {
    if let status = try? fileSystem.stat(path) {
      guard status.isDirectory else { throw WorkspaceProblem.notADirectory(path: path) }
      return
    }
    try fileSystem.mkdir(path, mode: directoryMode)
    try fileSystem.chmod(path, mode: directoryMode)
    try fileSystem.syncDirectory(AtomicFileWriter.directory(of: path))
  }

  /// Checks the directory and the files in it; returns warnings, throws a `WorkspaceProblem`
  /// when the workspace must not be used.
  ///
  /// Refused: a path that is not a directory, and a directory, subdirectory or file that the
  /// group or others can write to. Warned: a network file system.
  public func check() throws -> [WorkspaceWarning] {
    let status: FileStatus
    do {
      status = try fileSystem.stat(path)
    } catch let error as FileSystemError {
      throw WorkspaceProblem.fileSystem(error)
    }
    guard status.isDirectory else { throw WorkspaceProblem.notADirectory(path: path) }
    try refuseIfWritableByOthers(path, status)
    do {
      for name in try fileSystem.readDirectory(path).sorted() {
        let child = file(name)
        guard let childStatus = try? fileSystem.stat(child) else { continue }
        try refuseIfWritableByOthers(child, childStatus)
        guard childStatus.isDirectory else { continue }
        for inner in try fileSystem.readDirectory(child).sorted() {
          let innerPath = "\(child)/\(inner)"
          guard let innerStatus = try? fileSystem.stat(innerPath) else { continue }
          try refuseIfWritableByOthers(innerPath, innerStatus)
        }
      }
    } catch let error as FileSystemError {
      throw WorkspaceProblem.fileSystem(error)
    }
    var warnings: [WorkspaceWarning] = []
    if let type = try? fileSystem.fileSystemType(path),
      let kind = WorkspaceDirectory.networkFileSystems[type]
    {
      warnings.append(.networkFileSystem(path: path, kind: kind))
    }
    return warnings
  }

  private func refuseIfWritableByOthers(_ path: String, _ status: FileStatus) throws {
    if status.isWritableByOthers {
      throw WorkspaceProblem.writableByOthers(path: path, permissions: status.octalPermissions)
    }
  }
}
