/// Why a workspace could not be opened, created or changed.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The directory is unusable (missing, not a directory, writable by others, unreadable).
  case unusable(String)
  /// The workspace is read-only now; the change was not saved.
  case readOnly(WorkspaceAccess)
  /// Saving failed; the session is now read-only.
  case saveFailed(String)
  /// The domain refused the command (nothing was saved).
  case refused(String)

  public var description: String {
    switch self {
    case .unusable(let reason): return reason
    case .readOnly(let access): return "not saved: the workspace is \(access)"
    case .saveFailed(let reason): return "not saved: \(reason)"
    case .refused(let reason): return reason
    }
  }
}
