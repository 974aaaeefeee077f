/// Something about a workspace that does not stop it opening but that the user should know.
public enum WorkspaceWarning: Equatable, Sendable, CustomStringConvertible {
  /// The workspace is on a network file system, where locking and syncing are unreliable.
  case networkFileSystem(path: String, kind: String)

  /// The warning as a banner shows it.
  public var description: String {
    switch self {
    case .networkFileSystem(let path, let kind):
      return "\(path) is on a network drive (\(kind)): locking there is unreliable and two "
        + "people may overwrite each other's work. Keep the workspace on a local disk."
    }
  }
}
