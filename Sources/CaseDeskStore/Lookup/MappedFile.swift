import Glibc

/// A file's bytes mapped read-only into memory, so that a large file is read without copying
/// it into an array first (the lookup file's index sections are copied once, straight into
/// the index).
final class MappedFile {
  private let address: UnsafeMutableRawPointer
  let count: Int

  /// Maps the file at `path`; nil when it cannot be opened, is empty, or cannot be mapped.
  init?(path: String) {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { Glibc.close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
    let length = Int(status.st_size)
    guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
      mapped != MAP_FAILED
    else { return nil }
    address = mapped
    count = length
  }

  deinit {
    munmap(address, count)
  }

  /// The mapped bytes, valid while this object lives.
  var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: address, count: count)
  }
}
