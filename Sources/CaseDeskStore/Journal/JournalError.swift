/// Why an append to the journal did not happen.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A write or sync failed earlier or now; the journal was cut back to its last good length
  /// and this writer refuses every further append: the session is read-only.
  case failed(reason: String)
  /// A large batch was refused before writing because the disk has too little free space.
  case insufficientSpace(path: String, needed: UInt64, available: UInt64)
  /// A draft cannot be written (a field is empty or holds a tab or line break).
  case invalidDraft(index: Int, reason: String)
  /// The journal file cannot be appended to (damaged, or changed since it was verified).
  case notAppendable(path: String, reason: String)

  /// The reason in words, for a banner.
  public var description: String {
    switch self {
    case .failed(let reason):
      return reason
    case .insufficientSpace(let path, let needed, let available):
      return "Not enough free space to save \(needed) bytes to \(path) "
        + "(\(available) bytes free); nothing was written. Free some space and try again."
    case .invalidDraft(let index, let reason):
      return "Record \(index + 1) of the batch cannot be saved: \(reason)"
    case .notAppendable(let path, let reason):
      return "\(path) cannot be appended to: \(reason)"
    }
  }
}
