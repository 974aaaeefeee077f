/// What `stat` says about a file: its kind, permission bits, size and owner.
public struct FileStatus: Equatable, Sendable {
  /// The permission bits (`st_mode & 0o7777`).
  public var permissions: UInt32
  /// The size in bytes.
  public var size: Int
  /// The owner's user id.
  public var owner: UInt32
  /// Whether the path is a directory.
  public var isDirectory: Bool
  /// Whether the path is a regular file.
  public var isRegularFile: Bool

  /// Creates a status value.
  public init(permissions: UInt32, size: Int, owner: UInt32, isDirectory: Bool, isRegularFile: Bool)
  {
    self.permissions = permissions
    self.size = size
    self.owner = owner
    self.isDirectory = isDirectory
    self.isRegularFile = isRegularFile
  }

  /// Whether a user other than the owner (group or others) may write to the file.
  public var isWritableByOthers: Bool { permissions & 0o022 != 0 }

  /// The permission bits as four octal digits: `0700`.
  public var octalPermissions: String {
    let text = String(permissions & 0o7777, radix: 8)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
  }
}
