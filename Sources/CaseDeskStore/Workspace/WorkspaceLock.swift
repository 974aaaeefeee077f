import Glibc

/// The one-writer lock: an exclusive `flock` on `casedesk.lock`, held while the process lives.
///
/// `flock` belongs to the open file description, so the lock lasts until this object is
/// released or the process ends (the kernel frees it even after `kill -9`); it is not lost
/// when some other descriptor of the file is closed, as POSIX `fcntl` locks are. A lock is
/// never broken by guessing it is stale: if another process holds it, that process is alive.
public final class WorkspaceLock: @unchecked Sendable {
  /// The lock file's name inside the workspace.
  public static let fileName = "casedesk.lock"

  /// What trying to take the lock gave.
  public enum Outcome: Sendable {
    /// This process is the writer.
    case acquired(WorkspaceLock)
    /// Another process holds the lock; open read-only. The holder is nil when the lock file
    /// names nobody yet (the other process is still writing it).
    case heldByAnother(LockHolder?)
  }

  /// The lock file's path.
  public let path: String
  /// Who this process recorded as the holder.
  public let holder: LockHolder
  private let fileSystem: any FileSystem
  private var file: OpenFile?

  private init(path: String, holder: LockHolder, fileSystem: any FileSystem, file: OpenFile) {
    self.path = path
    self.holder = holder
    self.fileSystem = fileSystem
    self.file = file
  }

  deinit {
    if let file { try? fileSystem.close(file) }
  }

  /// Tries to take the lock of the workspace at `workspace` without waiting.
  ///
  /// On success the lock file is rewritten to name `holder`; when another process holds it,
  /// its text is read and returned. Throws only when the file cannot be opened or locked at all.
  public static func acquire(
    workspace: String, holder: LockHolder, fileSystem: any FileSystem = PosixFileSystem()
  ) throws -> Outcome {
    let path = "\(workspace)/\(fileName)"
    let file = try fileSystem.open(path, flags: O_RDWR | O_CREAT, mode: 0o600)
    let locked: Bool
    do {
      locked = try fileSystem.tryLockExclusive(file)
    } catch {
      try? fileSystem.close(file)
      throw error
    }
    guard locked else {
      defer { try? fileSystem.close(file) }
      return .heldByAnother(readCurrentHolder(file, fileSystem: fileSystem))
    }
    do {
      try fileSystem.fchmod(file, mode: WorkspaceDirectory.fileMode)
      try fileSystem.ftruncate(file, length: 0)
      try fileSystem.writeAll(file, Array(holder.text.utf8))
    } catch {
      try? fileSystem.close(file)
      throw error
    }
    return .acquired(WorkspaceLock(path: path, holder: holder, fileSystem: fileSystem, file: file))
  }

  /// Reads the holder from the lock file of a lock held by another process.
  ///
  /// Right after another process takes the lock, the file may still be empty or name the
  /// previous holder (a process that has ended). Such text is read again for up to about
  /// 200 ms until it names a living process on this host (or any process on another host,
  /// which cannot be checked); only then, or when time is up, is it returned. Nothing is ever
  /// concluded about the lock itself from this text.
  static func readCurrentHolder(_ file: OpenFile, fileSystem: any FileSystem) -> LockHolder? {
    let host = hostName()
    var holder: LockHolder?
    for attempt in 0..<40 {
      if attempt > 0 { usleep(5_000) }
      let text = (try? fileSystem.pread(file, count: 4096, offset: 0)) ?? []
      holder = LockHolder(text: String(decoding: text, as: UTF8.self))
      guard let named = holder else { continue }
      if named.host != host || isAlive(named.pid) { return named }
    }
    return holder
  }

  /// Whether a process with this id exists on this machine.
  static func isAlive(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }

  /// This machine's host name, as the lock file records it.
  public static func hostName() -> String {
    var bytes = [UInt8](repeating: 0, count: 256)
    let ok = bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars -> Bool in
        guard let base = chars.baseAddress else { return false }
        return gethostname(base, chars.count - 1) == 0
      }
    }
    guard ok else { return "" }
    return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// Reads who holds the lock now without trying to take it (for a read-only reload).
  public static func readHolder(
    workspace: String, fileSystem: any FileSystem = PosixFileSystem()
  ) -> LockHolder? {
    guard let bytes = try? fileSystem.readFile("\(workspace)/\(fileName)") else { return nil }
    return LockHolder(text: String(decoding: bytes, as: UTF8.self))
  }

  /// Whether this object still holds the lock.
  public var isHeld: Bool { file != nil }

  /// Gives the lock up (closing the file releases the `flock`).
  public func release() {
    if let file {
      try? fileSystem.close(file)
      self.file = nil
    }
  }
}
