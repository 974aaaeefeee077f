import Glibc

/// Replaces a whole file so that, after any failure or crash, it holds the old or the new
/// content and never a mix.
///
/// The steps: create `NAME.tmp-PID` exclusively with mode 0600 (or the mode asked for), write
/// everything, `fsync`, close, rename over `NAME`, `fsync` the directory. On a failure before
/// the rename the temporary file is removed and the old file is untouched. A failure of the
/// final directory sync is still thrown: the new content is in place but may not survive a
/// power cut, so the caller must not report it as saved.
public struct AtomicFileWriter: Sendable {
  /// The file system written through.
  public var fileSystem: any FileSystem

  /// Creates a writer on a file system.
  public init(fileSystem: any FileSystem = PosixFileSystem()) {
    self.fileSystem = fileSystem
  }

  /// The temporary file's path for `path` in this process.
  public static func temporaryPath(for path: String) -> String {
    "\(path).tmp-\(getpid())"
  }

  /// The directory holding `path` (`.` for a bare name).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Writes `bytes` as the new content of `path`, durably; throws the first failure.
  public func write(_ bytes: [UInt8], to path: String, mode: UInt32 = 0o600) throws {
    let temporary = AtomicFileWriter.temporaryPath(for: path)
    let flags = O_CREAT | O_EXCL | O_WRONLY
    let file: OpenFile
    do {
      file = try fileSystem.open(temporary, flags: flags, mode: mode)
    } catch let error as FileSystemError where error.errno == EEXIST {
      // Left by an earlier process with our pid that died mid-write: it was never renamed in.
      try fileSystem.unlink(temporary)
      file = try fileSystem.open(temporary, flags: flags, mode: mode)
    }
    do {
      try fileSystem.fchmod(file, mode: mode)
      try fileSystem.writeAll(file, bytes)
      try fileSystem.fsync(file)
    } catch {
      try? fileSystem.close(file)
      try? fileSystem.unlink(temporary)
      throw error
    }
    do {
      try fileSystem.close(file)
      try fileSystem.rename(temporary, to: path)
    } catch {
      try? fileSystem.unlink(temporary)
      throw error
    }
    try fileSystem.syncDirectory(AtomicFileWriter.directory(of: path))
  }

  /// Writes UTF-8 text as the new content of `path`, durably.
  public func write(_ text: String, to path: String, mode: UInt32 = 0o600) throws {
    try write(Array(text.utf8), to: path, mode: mode)
  }
}
