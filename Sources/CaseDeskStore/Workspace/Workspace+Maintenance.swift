import CaseDeskDomain

extension Workspace {
  /// What `casedesk verify` reports.
  public struct Verification: Sendable, CustomStringConvertible {
    public var path: String
    public var generation: JournalGeneration
    public var records: UInt64
    public var head: JournalHash
    public var access: WorkspaceAccess
    public var notices: [WorkspaceNotice]

    /// Whether everything checked out (no damage, nothing unreadable).
    public var isSound: Bool {
      switch access {
      case .damaged, .unreadable, .writeFailed: return false
      default: return true
      }
    }

    public var description: String {
      var lines = [
        "workspace  \(path)",
        "generation \(generation)",
        "records    \(records)",
        "head hash  \(head)",
        "status     \(isSound ? "sound" : access.description)",
      ]
      lines += notices.map { "note       \($0)" }
      return lines.joined(separator: "\n")
    }
  }

  /// Checks everything without changing anything: snapshot, every journal line's checksum,
  /// sequence and chain, and that every event applies.
  public static func verify(at path: String, fileSystem: any FileSystem = PosixFileSystem())
    throws(WorkspaceError) -> Verification
  {
    let workspace = try open(
      at: path, operatorID: "@verify", readOnly: true, fileSystem: fileSystem)
    return Verification(
      path: path, generation: workspace.generation, records: workspace.lastSequence,
      head: workspace.head, access: workspace.access, notices: workspace.notices)
  }

  /// Copies the workspace consistently into a new directory and verifies the copy.
  ///
  /// The copy holds the config, calendar, staff list, the newest snapshot and the journals
  /// after it, each journal only up to its last verified record. Returns the copy's
  /// verification, whose head hash matches this workspace's.
  public func backup(to destination: String) throws(WorkspaceError) -> Verification {
    let target = WorkspaceDirectory(path: destination, fileSystem: fileSystem)
    do {
      try Workspace.makeParents(of: destination, fileSystem: fileSystem)
      try target.create()
      guard (try fileSystem.readDirectory(destination)).isEmpty else {
        throw WorkspaceError.unusable("\(destination) is not empty")
      }
      let writer = AtomicFileWriter(fileSystem: fileSystem)
      let names = try fileSystem.readDirectory(directory.path)
      let snapshots = names.compactMap { WorkspaceFiles.snapshotGeneration($0) }.sorted()
      let start = snapshots.last ?? .first
      for name in [WorkspaceFiles.calendar, WorkspaceFiles.staffList]
      where fileSystem.exists(directory.file(name)) {
        try writer.write(try fileSystem.readFile(directory.file(name)), to: target.file(name))
      }
      if let snapshot = snapshots.last {
        let name = WorkspaceFiles.snapshot(snapshot)
        try writer.write(try fileSystem.readFile(directory.file(name)), to: target.file(name))
      }
      var base = JournalHash.zero
      if let snapshot = snapshots.last,
        let bytes = try? fileSystem.readFile(directory.file(WorkspaceFiles.snapshot(snapshot))),
        let header = try? SnapshotCodec.decode(bytes, calendar: state.calendar).header,
        let head = JournalHash(hex: header.head)
      {
        base = head
      }
      for generation in names.compactMap({ JournalGeneration(fileName: $0) }).sorted()
      where generation >= start {
        let bytes = try fileSystem.readFile(directory.file(generation.fileName))
        let (recovered, _) = JournalRecovery.examine(
          bytes, path: generation.fileName, base: base, firstSequence: nil)
        base = recovered.head
        try writer.write(recovered.bytes, to: target.file(generation.fileName))
      }
      // The config last: a directory without it is an unfinished copy.
      try writer.write(config.encoded(), to: target.file(WorkspaceFiles.config))
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.unusable("backup to \(destination) failed: \(error)")
    }
    return try Workspace.verify(at: destination, fileSystem: fileSystem)
  }
}
