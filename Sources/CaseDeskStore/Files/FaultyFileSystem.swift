import Foundation

/// A file system that passes calls to another one and fails the calls its faults aim at.
///
/// It records every call (operation and path) so that a test can run an operation once,
/// enumerate its steps, and then fail each step in turn.
public final class FaultyFileSystem: FileSystem, @unchecked Sendable {
  /// One recorded call.
  public struct Call: Equatable, Sendable, CustomStringConvertible {
    /// The operation called.
    public var operation: FileOperation
    /// The path it was about.
    public var path: String
    /// Whether an injected fault hit it.
    public var faulted: Bool

    /// `operation path`, with `!` when a fault hit it.
    public var description: String { "\(operation.rawValue)\(faulted ? "!" : "") \(path)" }
  }

  private let base: any FileSystem
  private let lock = NSLock()
  private var faults: [(fault: FileFault, seen: Int)] = []
  private var recorded: [Call] = []

  /// Wraps `base` (the real file system unless told otherwise) with no faults.
  public init(base: any FileSystem = PosixFileSystem()) {
    self.base = base
  }

  /// Adds a fault; earlier-added faults are checked first.
  public func inject(_ fault: FileFault) {
    lock.withLock { faults.append((fault, 0)) }
  }

  /// Removes every fault (the call record stays).
  public func removeFaults() {
    lock.withLock { faults.removeAll() }
  }

  /// Every call made so far, in order.
  public var calls: [Call] {
    lock.withLock { recorded }
  }

  /// Forgets the recorded calls.
  public func clearCalls() {
    lock.withLock { recorded.removeAll() }
  }

  /// Records the call and returns the effect of the fault that hits it, if any.
  private func check(_ operation: FileOperation, _ path: String) -> FileFault.Effect? {
    lock.withLock {
      var effect: FileFault.Effect?
      for index in faults.indices where faults[index].fault.matches(operation, path: path) {
        faults[index].seen += 1
        let fault = faults[index].fault
        let seen = faults[index].seen
        if effect == nil, seen >= fault.nth, seen - fault.nth < fault.times {
          effect = fault.effect
        }
      }
      recorded.append(Call(operation: operation, path: path, faulted: effect != nil))
      return effect
    }
  }

  /// Throws the injected error for a call that can only fail, or passes it on.
  private func plain<T>(
    _ operation: FileOperation, _ path: String, _ body: () throws -> T
  ) throws -> T {
    if case .error(let number) = check(operation, path) {
      throw FileSystemError(operation: operation.rawValue, path: path, errno: number)
    }
    return try body()
  }

  /// Opens through the base unless a fault hits.
  public func open(_ path: String, flags: Int32, mode: UInt32) throws -> OpenFile {
    try plain(.open, path) { try base.open(path, flags: flags, mode: mode) }
  }

  /// Writes through the base, or writes short, or fails (after writing part) as told.
  public func write(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer) throws -> Int {
    switch check(.write, file.path) {
    case .error(let number):
      throw FileSystemError(operation: "write", path: file.path, errno: number)
    case .shortWrite(let limit):
      let count = min(max(limit, 0), bytes.count)
      return try base.write(file, UnsafeRawBufferPointer(rebasing: bytes[..<count]))
    case .partialWriteThenError(let limit, let number):
      let count = min(max(limit, 0), bytes.count)
      try base.writeAll(file, UnsafeRawBufferPointer(rebasing: bytes[..<count]))
      throw FileSystemError(operation: "write", path: file.path, errno: number)
    case .freeSpace, .fileSystemType, nil:
      return try base.write(file, bytes)
    }
  }

  /// Reads through the base unless a fault hits.
  public func pread(_ file: OpenFile, count: Int, offset: Int) throws -> [UInt8] {
    try plain(.pread, file.path) { try base.pread(file, count: count, offset: offset) }
  }

  /// Reads through the base unless a fault hits.
  public func readFile(_ path: String) throws -> [UInt8] {
    try plain(.readFile, path) { try base.readFile(path) }
  }

  /// Syncs through the base unless a fault hits.
  public func fdatasync(_ file: OpenFile) throws {
    try plain(.fdatasync, file.path) { try base.fdatasync(file) }
  }

  /// Syncs through the base unless a fault hits.
  public func fsync(_ file: OpenFile) throws {
    try plain(.fsync, file.path) { try base.fsync(file) }
  }

  /// Truncates through the base unless a fault hits.
  public func ftruncate(_ file: OpenFile, length: Int) throws {
    try plain(.ftruncate, file.path) { try base.ftruncate(file, length: length) }
  }

  /// Changes the mode through the base unless a fault hits.
  public func fchmod(_ file: OpenFile, mode: UInt32) throws {
    try plain(.fchmod, file.path) { try base.fchmod(file, mode: mode) }
  }

  /// Stats through the base unless a fault hits.
  public func fstat(_ file: OpenFile) throws -> FileStatus {
    try plain(.fstat, file.path) { try base.fstat(file) }
  }

  /// Closes through the base; a fault still closes the descriptor, then throws.
  public func close(_ file: OpenFile) throws {
    if case .error(let number) = check(.close, file.path) {
      try? base.close(file)
      throw FileSystemError(operation: "close", path: file.path, errno: number)
    }
    try base.close(file)
  }

  /// Renames through the base unless a fault hits.
  public func rename(_ source: String, to destination: String) throws {
    try plain(.rename, source) { try base.rename(source, to: destination) }
  }

  /// Unlinks through the base unless a fault hits.
  public func unlink(_ path: String) throws {
    try plain(.unlink, path) { try base.unlink(path) }
  }

  /// Makes the directory through the base unless a fault hits.
  public func mkdir(_ path: String, mode: UInt32) throws {
    try plain(.mkdir, path) { try base.mkdir(path, mode: mode) }
  }

  /// Changes the mode through the base unless a fault hits.
  public func chmod(_ path: String, mode: UInt32) throws {
    try plain(.chmod, path) { try base.chmod(path, mode: mode) }
  }

  /// Stats through the base unless a fault hits.
  public func stat(_ path: String) throws -> FileStatus {
    try plain(.stat, path) { try base.stat(path) }
  }

  /// Asks the base, or reports the injected file-system type.
  public func fileSystemType(_ path: String) throws -> String {
    switch check(.fileSystemType, path) {
    case .error(let number):
      throw FileSystemError(operation: "mountinfo", path: path, errno: number)
    case .fileSystemType(let type):
      return type
    case .shortWrite, .partialWriteThenError, .freeSpace, nil:
      return try base.fileSystemType(path)
    }
  }

  /// Asks the base, or reports the injected amount of free space.
  public func freeSpace(_ path: String) throws -> UInt64 {
    switch check(.freeSpace, path) {
    case .error(let number):
      throw FileSystemError(operation: "statvfs", path: path, errno: number)
    case .freeSpace(let bytes):
      return bytes
    case .shortWrite, .partialWriteThenError, .fileSystemType, nil:
      return try base.freeSpace(path)
    }
  }

  /// Lists through the base unless a fault hits.
  public func readDirectory(_ path: String) throws -> [String] {
    try plain(.readDirectory, path) { try base.readDirectory(path) }
  }

  /// Locks through the base unless a fault hits.
  public func tryLockExclusive(_ file: OpenFile) throws -> Bool {
    try plain(.lock, file.path) { try base.tryLockExclusive(file) }
  }
}
