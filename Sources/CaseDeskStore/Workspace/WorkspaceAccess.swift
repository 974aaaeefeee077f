/// Whether this session may change the workspace, and if not, why.
public enum WorkspaceAccess: Equatable, Sendable, CustomStringConvertible {
  /// This process holds the lock and the journal is sound.
  case writer
  /// Asked for with `--read-only`.
  case readOnlyRequested
  /// Another process holds the lock (its holder, when it says).
  case heldByAnother(LockHolder?)
  /// The journal is damaged in the middle: nothing was changed; restore the latest backup.
  case damaged(JournalDamage)
  /// A snapshot or an event could not be loaded.
  case unreadable(reason: String)
  /// A write or sync failed during this session; the journal was cut back to its last record.
  case writeFailed(reason: String)

  /// Whether changes may be saved.
  public var isWritable: Bool { self == .writer }

  public var description: String {
    switch self {
    case .writer: return "writable"
    case .readOnlyRequested: return "read-only (as asked)"
    case .heldByAnother(let holder):
      return "read-only: "
        + (holder.map { "\($0) holds the workspace" } ?? "another CaseDesk holds the workspace")
    case .damaged(let damage):
      return
        "read-only: \(damage) — restore the latest backup (casedesk backup) and run casedesk verify"
    case .unreadable(let reason): return "read-only: \(reason)"
    case .writeFailed(let reason):
      return "read-only: saving failed (\(reason)); nothing after the last saved change was kept"
    }
  }
}
