/// Why a workspace directory cannot be used, with the fix in the message.
public enum WorkspaceProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The directory or a file in it can be written by the group or by others.
  case writableByOthers(path: String, permissions: String)
  /// The path exists and is not a directory.
  case notADirectory(path: String)
  /// The file system refused a call while checking or creating the workspace.
  case fileSystem(FileSystemError)

  /// What went wrong and what to do, naming the path.
  public var description: String {
    switch self {
    case .writableByOthers(let path, let permissions):
      return "\(path) is writable by other users (mode \(permissions)); CaseDesk will not use a "
        + "workspace that others can change. Fix: chmod go-w '\(path)'"
    case .notADirectory(let path):
      return "\(path) is not a directory; choose another workspace location"
    case .fileSystem(let error):
      return error.description
    }
  }
}
