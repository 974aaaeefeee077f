/// Damage in the middle of a journal: a bad line with intact records after it.
///
/// Nothing is changed on disk; the workspace opens read-only and the message tells the user
/// where the damage is and to restore the latest backup.
public struct JournalDamage: Equatable, Sendable, CustomStringConvertible {
  /// The journal file.
  public var path: String
  /// The 1-based number of the first bad line.
  public var lineNumber: Int
  /// The byte offset where that line starts.
  public var offset: Int
  /// What is wrong with the line.
  public var problem: JournalLineProblem

  /// Creates a damage report.
  public init(path: String, lineNumber: Int, offset: Int, problem: JournalLineProblem) {
    self.path = path
    self.lineNumber = lineNumber
    self.offset = offset
    self.problem = problem
  }

  /// `journal-000001.log line 12 (byte 1834): the checksum does not match the line's bytes`.
  public var description: String {
    "\(path) line \(lineNumber) (byte \(offset)): \(problem)"
  }
}
