import CaseDeskDomain
import CaseDeskStore
import Glibc

/// Rebuilds the demo workspace from scratch (`casedesk demo --reset`), swapping it in whole.
///
/// The new demo is built in the sibling directory `<demo>.reset-new`; the old one is then
/// renamed to `<demo>.reset-old`, the new one renamed in, and the old one removed. Both
/// renames are within one directory, so a crash at any point leaves at `<demo>` either the
/// old demo, the new one, or nothing with a complete demo beside it, which `recover(at:)` (run
/// by every `casedesk demo`) renames back in before anything else happens. A directory that
/// is not a demo workspace is never touched, and a demo another process has open (holding
/// its lock) is refused.
public enum DemoReset {
  /// The sibling directory the new demo is built in.
  public static func newPath(for path: String) -> String { path + ".reset-new" }

  /// The sibling directory the old demo is set aside in during the swap.
  public static func oldPath(for path: String) -> String { path + ".reset-old" }

  /// Rebuilds the demo workspace at `path` (at `scale` enterprises when given) and returns
  /// the number of records of the new demo; `progress` hears what happens.
  ///
  /// Refuses, leaving everything as it is: a directory that holds something other than a
  /// demo workspace, a demo whose config cannot be read, and a demo another process has open.
  @discardableResult
  public static func rebuild(at path: String, scale: Int?, progress: (String) -> Void)
    throws(WorkspaceOpener.Failure) -> Int
  {
    let fileSystem = PosixFileSystem()
    try recover(at: path)
    let lock = try lockDemo(at: path, fileSystem: fileSystem)
    defer { lock?.release() }
    let building = newPath(for: path)
    let aside = oldPath(for: path)
    // Leftovers of an interrupted reset: ours to remove while the demo's lock is held.
    try removeTree(building)
    if isDemoWorkspace(aside, fileSystem: fileSystem) { try removeTree(aside) }

    progress("Rebuilding the demo workspace at \(path)…")
    let records = try WorkspaceOpener.createDemo(at: building, scale: scale)
    let parent = AtomicFileWriter.directory(of: path)
    if fileSystem.exists(path) {
      do {
        try fileSystem.rename(path, to: aside)
        try? fileSystem.syncDirectory(parent)
      } catch {
        try? removeTree(building)
        throw WorkspaceOpener.Failure(
          description: "cannot set the old demo at \(path) aside: \(error); it is left as it was")
      }
    }
    do {
      try fileSystem.rename(building, to: path)
      try? fileSystem.syncDirectory(parent)
    } catch {
      // Another `casedesk demo` may have finished the swap (or built a demo) meanwhile.
      if isDemoWorkspace(path, fileSystem: fileSystem) {
        try? removeTree(building)
      } else {
        try? fileSystem.rename(aside, to: path)
        throw WorkspaceOpener.Failure(
          description: "cannot move the new demo to \(path): \(error); the old demo is kept")
      }
    }
    lock?.release()
    do {
      try removeTree(aside)
    } catch {
      progress("The old demo could not be removed: \(error.description); remove \(aside) by hand.")
    }
    progress("Demo workspace rebuilt: \(records) records.")
    return records
  }

  /// Finishes a reset that was interrupted between its two renames: when `path` holds no
  /// workspace, the complete new demo (else the old one) beside it is renamed in.
  public static func recover(at path: String) throws(WorkspaceOpener.Failure) {
    let fileSystem = PosixFileSystem()
    guard !fileSystem.exists(path + "/" + WorkspaceFiles.config) else { return }
    for candidate in [newPath(for: path), oldPath(for: path)]
    where isDemoWorkspace(candidate, fileSystem: fileSystem) {
      // An empty directory in the way (nothing else) goes; rename(2) replaces it.
      do {
        try fileSystem.rename(candidate, to: path)
        try? fileSystem.syncDirectory(AtomicFileWriter.directory(of: path))
      } catch {
        throw WorkspaceOpener.Failure(
          description: "a demo reset was interrupted and \(candidate) cannot be moved back to "
            + "\(path): \(error)")
      }
      return
    }
  }

  /// Checks that `path` holds a demo workspace (or nothing) and takes its lock; nil when
  /// there is no workspace to lock.
  static func lockDemo(at path: String, fileSystem: PosixFileSystem)
    throws(WorkspaceOpener.Failure) -> WorkspaceLock?
  {
    let configPath = path + "/" + WorkspaceFiles.config
    guard fileSystem.exists(configPath) else {
      if fileSystem.exists(path), (try? fileSystem.readDirectory(path).isEmpty) != true {
        throw WorkspaceOpener.Failure(
          description: "\(path) is not a demo workspace (it has no \(WorkspaceFiles.config)); "
            + "--reset rebuilds only the demo and leaves it as it is")
      }
      return nil
    }
    let config: WorkspaceConfig
    do {
      config = try WorkspaceConfig.decode(fileSystem.readFile(configPath))
    } catch {
      throw WorkspaceOpener.Failure(
        description: "\(configPath) cannot be read (\(error)); --reset leaves \(path) as it is")
    }
    guard config.isDemo else {
      throw WorkspaceOpener.Failure(
        description: "\(path) is not a demo workspace (\(config.name)); --reset rebuilds only "
          + "the demo and never deletes a real workspace")
    }
    let holder = LockHolder(
      operatorID: "@reset", host: WorkspaceLock.hostName(), pid: getpid(),
      since: Timestamp(secondsSinceEpoch: Int64(time(nil))).description)
    let outcome: WorkspaceLock.Outcome
    do {
      outcome = try WorkspaceLock.acquire(workspace: path, holder: holder, fileSystem: fileSystem)
    } catch {
      throw WorkspaceOpener.Failure(description: "cannot lock the demo at \(path): \(error)")
    }
    switch outcome {
    case .acquired(let lock): return lock
    case .heldByAnother(let other):
      let who = other.map { "\($0)" } ?? "another CaseDesk"
      throw WorkspaceOpener.Failure(
        description: "the demo at \(path) is open (\(who)); close it, then run "
          + "`casedesk demo --reset` again")
    }
  }

  /// Whether `path` holds a complete workspace whose config says it is the demo.
  static func isDemoWorkspace(_ path: String, fileSystem: PosixFileSystem) -> Bool {
    guard let bytes = try? fileSystem.readFile(path + "/" + WorkspaceFiles.config),
      let config = try? WorkspaceConfig.decode(bytes)
    else { return false }
    return config.isDemo
  }

  /// Removes `path` and everything below it (symbolic links themselves, never what they
  /// point to); a missing path is nothing to do.
  static func removeTree(_ path: String) throws(WorkspaceOpener.Failure) {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      if errno == ENOENT { return }
      throw removalFailure(path)
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      let names: [String]
      do {
        names = try PosixFileSystem().readDirectory(path)
      } catch {
        throw WorkspaceOpener.Failure(description: "cannot remove \(path): \(error)")
      }
      for name in names { try removeTree(path + "/" + name) }
      guard rmdir(path) == 0 else { throw removalFailure(path) }
    } else {
      guard unlink(path) == 0 else { throw removalFailure(path) }
    }
  }

  private static func removalFailure(_ path: String) -> WorkspaceOpener.Failure {
    WorkspaceOpener.Failure(
      description: "cannot remove \(path): \(String(cString: strerror(errno)))")
  }
}
