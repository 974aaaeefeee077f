/// Something the user should know about the workspace after opening it (shown as a banner).
public enum WorkspaceNotice: Equatable, Sendable, CustomStringConvertible {
  /// A torn tail was set aside in quarantine and cut off the journal.
  case tornTailQuarantined(JournalTornTail)
  /// A read-only open stopped before a torn tail and left it (the writer, or the next one to
  /// open the workspace, sets it aside).
  case tornTailLeft(JournalTornTail)
  /// A warning about where the workspace lives (a network file system).
  case warning(WorkspaceWarning)
  /// The calendar file has problems; the shipped calendar is used instead.
  case calendarProblems(path: String, problems: [String])

  public var description: String {
    switch self {
    case .tornTailQuarantined(let tail): return tail.description
    case .tornTailLeft(let tail):
      return "\(tail.path): \(tail.byteCount) bytes after byte \(tail.offset) are not a complete"
        + " record (\(tail.problem)); left as they are"
    case .warning(let warning): return warning.description
    case .calendarProblems(let path, let problems):
      return "\(path): \(problems.joined(separator: "; ")) — the shipped calendar is used"
    }
  }
}
