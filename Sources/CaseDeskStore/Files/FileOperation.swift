/// The kinds of call a `FileSystem` makes, for recording calls and aiming faults.
public enum FileOperation: String, CaseIterable, Hashable, Sendable {
  case open
  case write
  case pread
  case readFile
  case fdatasync
  case fsync
  case ftruncate
  case fchmod
  case fstat
  case close
  case rename
  case unlink
  case mkdir
  case chmod
  case stat
  case fileSystemType
  case freeSpace
  case readDirectory
  case lock
}
