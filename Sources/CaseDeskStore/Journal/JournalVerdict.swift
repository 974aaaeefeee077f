/// What verifying a journal's bytes found, before anything is changed on disk.
public enum JournalVerdict: Equatable, Sendable {
  /// Every line is a valid record.
  case clean
  /// Bad bytes from `offset` to the end with no intact line among them: safe to cut off.
  case tornTail(offset: Int, problem: JournalLineProblem)
  /// A bad line with intact lines after it, or an intact line out of sequence or chain.
  case damaged(JournalDamage)
}
