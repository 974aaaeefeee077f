import Glibc

/// Every file operation the store performs, as one seam so that tests can inject faults.
///
/// The calls mirror POSIX: a descriptor-based API with the kernel's semantics (a `write` may
/// be short and returns the count written; `fdatasync` and `fsync` report write-back errors).
/// Every failure throws a `FileSystemError` naming the operation and the path. `PosixFileSystem`
/// is the real one; `FaultyFileSystem` wraps another and fails chosen calls.
public protocol FileSystem: Sendable {
  /// Opens `path` with POSIX `flags` (`O_WRONLY | O_CREAT | …`) and creation `mode`.
  func open(_ path: String, flags: Int32, mode: UInt32) throws -> OpenFile
  /// Writes some of `bytes` at the file's offset and returns how many were written.
  func write(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer) throws -> Int
  /// Reads up to `count` bytes at `offset` without moving the file offset.
  func pread(_ file: OpenFile, count: Int, offset: Int) throws -> [UInt8]
  /// Reads the whole file at `path`.
  func readFile(_ path: String) throws -> [UInt8]
  /// Flushes the file's data (and the metadata needed to read it) to stable storage.
  func fdatasync(_ file: OpenFile) throws
  /// Flushes the file's data and all its metadata to stable storage.
  func fsync(_ file: OpenFile) throws
  /// Sets the file's length.
  func ftruncate(_ file: OpenFile, length: Int) throws
  /// Sets the file's permission bits, whatever the process's umask.
  func fchmod(_ file: OpenFile, mode: UInt32) throws
  /// The status of an open file.
  func fstat(_ file: OpenFile) throws -> FileStatus
  /// Closes the descriptor.
  func close(_ file: OpenFile) throws
  /// Renames `source` to `destination`, replacing it atomically.
  func rename(_ source: String, to destination: String) throws
  /// Removes a file.
  func unlink(_ path: String) throws
  /// Creates a directory with `mode` (subject to the umask: follow with `chmod`).
  func mkdir(_ path: String, mode: UInt32) throws
  /// Sets a path's permission bits.
  func chmod(_ path: String, mode: UInt32) throws
  /// The status of a path (following symbolic links); throws `ENOENT` when it is missing.
  func stat(_ path: String) throws -> FileStatus
  /// The type of the file system holding `path`, as the mount table names it (`ext4`, `nfs4`,
  /// `cifs`).
  func fileSystemType(_ path: String) throws -> String
  /// The bytes an unprivileged user may still write on the file system holding `path`.
  func freeSpace(_ path: String) throws -> UInt64
  /// The names in a directory, without `.` and `..`, in no particular order.
  func readDirectory(_ path: String) throws -> [String]
  /// Tries to take an exclusive `flock` without waiting: true when taken, false when
  /// another open file description holds it.
  func tryLockExclusive(_ file: OpenFile) throws -> Bool
}

extension FileSystem {
  /// Writes all of `bytes`, looping over short writes; throws on the first error.
  public func writeAll(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
      let written = try write(file, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
      guard written > 0 else {
        throw FileSystemError(
          operation: "write", path: file.path, errno: 0, message: "wrote no bytes")
      }
      offset += written
    }
  }

  /// Writes all of `bytes`, looping over short writes; throws on the first error.
  public func writeAll(_ file: OpenFile, _ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try writeAll(file, $0) }
  }

  /// Whether `path` exists (any kind of file).
  public func exists(_ path: String) -> Bool {
    (try? stat(path)) != nil
  }

  /// Opens a directory and `fsync`s it, so that a rename or a new file in it is durable.
  public func syncDirectory(_ path: String) throws {
    let directory = try open(path, flags: O_RDONLY | O_DIRECTORY, mode: 0)
    do {
      try fsync(directory)
    } catch {
      try? close(directory)
      throw error
    }
    try close(directory)
  }
}
