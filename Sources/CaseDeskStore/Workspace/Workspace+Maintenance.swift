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
    /// The number of retired generations in `history/`.
    public var historyGenerations: Int = 0
    /// What is wrong with the retired journals (each file, line and reason); empty when sound.
    public var historyProblems: [String] = []
    /// What is wrong with the newest snapshot's lookup file, or nil when it is sound.
    ///
    /// Never a reason for unsoundness: lookup then opens the workspace.
    public var lookupProblem: String?

    /// Whether everything checked out (no damage, nothing unreadable, history intact).
    public var isSound: Bool {
      guard historyProblems.isEmpty else { return false }
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
        "history    \(historyGenerations) retired generations",
        "status     \(isSound ? "sound" : access.description)",
      ]
      lines += notices.map { "note       \($0)" }
      lines += historyProblems.map { "history    \($0)" }
      if let lookupProblem { lines.append("lookup     \(lookupProblem)") }
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
    var verification = Verification(
      path: path, generation: workspace.generation, records: workspace.lastSequence,
      head: workspace.head, access: workspace.access, notices: workspace.notices)
    let retired = WorkspaceHistory.generations(in: workspace.directory)
    verification.historyGenerations = retired.count
    verification.historyProblems = verifyHistory(retired, in: workspace.directory)
    verification.lookupProblem = LookupFile.problem(in: workspace.directory)
    return verification
  }

  /// Checks the retired journals as one chain from the first record: checksums, sequence
  /// numbers and links; returns one line per problem.
  static func verifyHistory(_ retired: [JournalGeneration], in directory: WorkspaceDirectory)
    -> [String]
  {
    var base = JournalHash.zero
    var next: UInt64 = 1
    var problems: [String] = []
    let folder = WorkspaceHistory.path(in: directory)
    for generation in retired {
      let path = "\(folder)/\(generation.fileName)"
      guard let bytes = try? directory.fileSystem.readFile(path) else {
        problems.append("\(path): cannot be read")
        continue
      }
      var scanner = JournalScanner(bytes: bytes, base: base, firstSequence: next)
      scanner.scanToEnd()
      if let problem = scanner.problem {
        problems.append("\(path) line \(scanner.lineNumber): \(problem)")
      }
      base = scanner.head
      next = (scanner.lastSequence ?? next - 1) + 1
    }
    return problems
  }

  /// Copies the workspace consistently into a new directory and verifies the copy.
  ///
  /// The copy holds the config, calendar, staff list, the newest snapshot and the journals
  /// after it, each journal only up to its last verified record, and the retired journals of
  /// `history/` as they are. Returns the copy's
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
        let lookup = LookupFile.fileName(snapshot)
        if let bytes = try? fileSystem.readFile(directory.file(lookup)) {
          try writer.write(bytes, to: target.file(lookup))
        }
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
      let retired = WorkspaceHistory.generations(in: directory)
      if !retired.isEmpty {
        let source = WorkspaceHistory.path(in: directory)
        let folder = WorkspaceHistory.path(in: target)
        try WorkspaceDirectory.makeDirectory(folder, fileSystem: fileSystem)
        for generation in retired {
          let bytes = try fileSystem.readFile("\(source)/\(generation.fileName)")
          try writer.write(bytes, to: "\(folder)/\(generation.fileName)")
        }
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
