import Glibc

/// The real file system, through the C library's POSIX calls.
///
/// Calls interrupted by a signal (`EINTR`) are repeated; every other failure throws a
/// `FileSystemError` carrying `errno` and its description.
public struct PosixFileSystem: FileSystem {
  /// Creates the real file system.
  public init() {}

  private func fail(_ operation: String, _ path: String) -> FileSystemError {
    FileSystemError(operation: operation, path: path, errno: errno)
  }

  /// Opens `path`; the descriptor is close-on-exec so child processes never inherit it.
  public func open(_ path: String, flags: Int32, mode: UInt32) throws -> OpenFile {
    while true {
      let descriptor = Glibc.open(path, flags | O_CLOEXEC, mode_t(mode))
      if descriptor >= 0 { return OpenFile(descriptor: descriptor, path: path) }
      if errno != EINTR { throw fail("open", path) }
    }
  }

  /// Writes some bytes; returns the count (which may be short).
  public func write(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer) throws -> Int {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
    while true {
      let written = Glibc.write(file.descriptor, base, bytes.count)
      if written >= 0 { return written }
      if errno != EINTR { throw fail("write", file.path) }
    }
  }

  /// Reads up to `count` bytes at `offset`.
  public func pread(_ file: OpenFile, count: Int, offset: Int) throws -> [UInt8] {
    var result = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = result.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.pread(file.descriptor, base + filled, count - filled, off_t(offset + filled))
      }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        throw fail("read", file.path)
      }
      filled += got
    }
    result.removeSubrange(filled...)
    return result
  }

  /// Reads the whole file.
  public func readFile(_ path: String) throws -> [UInt8] {
    let file = try open(path, flags: O_RDONLY, mode: 0)
    defer { Glibc.close(file.descriptor) }
    var result = try pread(file, count: try fstat(file).size, offset: 0)
    // The file may have grown since fstat: read on until end of file.
    while true {
      let more = try pread(file, count: 65_536, offset: result.count)
      if more.isEmpty { return result }
      result.append(contentsOf: more)
    }
  }

  /// `fdatasync(2)`.
  public func fdatasync(_ file: OpenFile) throws {
    guard Glibc.fdatasync(file.descriptor) == 0 else { throw fail("fdatasync", file.path) }
  }

  /// `fsync(2)`.
  public func fsync(_ file: OpenFile) throws {
    guard Glibc.fsync(file.descriptor) == 0 else { throw fail("fsync", file.path) }
  }

  /// `ftruncate(2)`.
  public func ftruncate(_ file: OpenFile, length: Int) throws {
    while Glibc.ftruncate(file.descriptor, off_t(length)) != 0 {
      if errno != EINTR { throw fail("ftruncate", file.path) }
    }
  }

  /// `fchmod(2)`.
  public func fchmod(_ file: OpenFile, mode: UInt32) throws {
    guard Glibc.fchmod(file.descriptor, mode_t(mode)) == 0 else {
      throw fail("fchmod", file.path)
    }
  }

  /// `fstat(2)`.
  public func fstat(_ file: OpenFile) throws -> FileStatus {
    var status = Glibc.stat()
    guard Glibc.fstat(file.descriptor, &status) == 0 else { throw fail("stat", file.path) }
    return PosixFileSystem.status(status)
  }

  /// `close(2)`; an error (which on some file systems reports a failed write-back) throws.
  public func close(_ file: OpenFile) throws {
    guard Glibc.close(file.descriptor) == 0 else { throw fail("close", file.path) }
  }

  /// `rename(2)`.
  public func rename(_ source: String, to destination: String) throws {
    guard Glibc.rename(source, destination) == 0 else { throw fail("rename", source) }
  }

  /// `unlink(2)`.
  public func unlink(_ path: String) throws {
    guard Glibc.unlink(path) == 0 else { throw fail("unlink", path) }
  }

  /// `mkdir(2)`.
  public func mkdir(_ path: String, mode: UInt32) throws {
    guard Glibc.mkdir(path, mode_t(mode)) == 0 else { throw fail("mkdir", path) }
  }

  /// `chmod(2)`.
  public func chmod(_ path: String, mode: UInt32) throws {
    guard Glibc.chmod(path, mode_t(mode)) == 0 else { throw fail("chmod", path) }
  }

  /// `stat(2)`.
  public func stat(_ path: String) throws -> FileStatus {
    var status = Glibc.stat()
    guard systemStat(path, &status) == 0 else { throw fail("stat", path) }
    return PosixFileSystem.status(status)
  }

  /// The type of the file system holding `path`, from `/proc/self/mountinfo`: the mount
  /// with the longest mount point containing the path's real location.
  ///
  /// (`statfs` is not exported by Swift's Glibc module; the mount table names the same type.)
  public func fileSystemType(_ path: String) throws -> String {
    guard let resolved = realpath(path, nil) else { throw fail("realpath", path) }
    let real = String(cString: resolved)
    free(resolved)
    let table = String(decoding: try readFile("/proc/self/mountinfo"), as: UTF8.self)
    var best: (length: Int, type: String) = (-1, "")
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: false)
      guard fields.count > 4, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count
      else { continue }
      let mountPoint = PosixFileSystem.unescape(fields[4])
      let contains =
        mountPoint == "/" || real == mountPoint || real.hasPrefix(mountPoint + "/")
      if contains, mountPoint.utf8.count >= best.length {
        best = (mountPoint.utf8.count, String(fields[dash + 1]))
      }
    }
    guard best.length >= 0 else {
      throw FileSystemError(
        operation: "mountinfo", path: path, errno: 0, message: "no mount holds the path")
    }
    return best.type
  }

  /// Decodes the octal escapes (`\040` for a space) of a mount table field.
  static func unescape(_ field: Substring) -> String {
    var bytes: [UInt8] = []
    let source = Array(field.utf8)
    var index = 0
    while index < source.count {
      if source[index] == 0x5C, index + 3 < source.count,
        let value = UInt8(String(decoding: source[index + 1...index + 3], as: UTF8.self), radix: 8)
      {
        bytes.append(value)
        index += 4
      } else {
        bytes.append(source[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `statvfs(3)`: available blocks times the fragment size.
  public func freeSpace(_ path: String) throws -> UInt64 {
    var info = Glibc.statvfs()
    guard systemStatvfs(path, &info) == 0 else { throw fail("statvfs", path) }
    return UInt64(info.f_bavail) &* UInt64(info.f_frsize)
  }

  /// The directory's entries without `.` and `..`.
  public func readDirectory(_ path: String) throws -> [String] {
    guard let directory = opendir(path) else { throw fail("opendir", path) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
        let bytes = raw.prefix { $0 != 0 }
        return String(decoding: bytes, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// `flock(fd, LOCK_EX | LOCK_NB)`.
  public func tryLockExclusive(_ file: OpenFile) throws -> Bool {
    while true {
      if flock(file.descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
      switch errno {
      case EWOULDBLOCK: return false
      case EINTR: continue
      default: throw fail("flock", file.path)
      }
    }
  }

  private static func status(_ status: Glibc.stat) -> FileStatus {
    let kind = status.st_mode & S_IFMT
    return FileStatus(
      permissions: UInt32(status.st_mode & 0o7777), size: Int(status.st_size),
      owner: UInt32(status.st_uid), isDirectory: kind == S_IFDIR, isRegularFile: kind == S_IFREG)
  }
}

/// `stat(2)` (the method of the same name hides the C function inside the type).
private func systemStat(_ path: String, _ status: inout Glibc.stat) -> Int32 {
  stat(path, &status)
}

/// `statvfs(3)` (the method of the same name hides the C function inside the type).
private func systemStatvfs(_ path: String, _ info: inout Glibc.statvfs) -> Int32 {
  statvfs(path, &info)
}
