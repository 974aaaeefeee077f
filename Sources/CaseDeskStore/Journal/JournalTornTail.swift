/// A torn tail that recovery set aside: bad bytes at the end with no intact record after them.
public struct JournalTornTail: Equatable, Sendable, CustomStringConvertible {
  /// The journal file.
  public var path: String
  /// Where the bad bytes began (the journal's new length).
  public var offset: Int
  /// How many bytes were cut off.
  public var byteCount: Int
  /// The quarantine file holding a copy of them.
  public var quarantinePath: String
  /// What was wrong with the first bad line.
  public var problem: JournalLineProblem

  /// Creates a torn-tail report.
  public init(
    path: String, offset: Int, byteCount: Int, quarantinePath: String,
    problem: JournalLineProblem
  ) {
    self.path = path
    self.offset = offset
    self.byteCount = byteCount
    self.quarantinePath = quarantinePath
    self.problem = problem
  }

  /// The notice shown after recovery.
  public var description: String {
    "\(byteCount) unfinished bytes at the end of \(path) (from byte \(offset): \(problem)) "
      + "were moved to \(quarantinePath); every saved record is intact."
  }
}
