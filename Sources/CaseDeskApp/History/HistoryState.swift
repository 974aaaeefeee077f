import CaseDeskDomain
import CaseDeskStore

/// The open record history: whose it is, its entries once read, how far it is scrolled.
public struct HistoryState: Equatable, Sendable {
  public var record: RecordRef
  /// What the title calls the record (an enterprise's name).
  public var title: String
  /// The saved changes, oldest first; nil while they are being read.
  public var entries: [HistoryEntry]?
  /// The first line shown.
  public var scrollOffset: Int

  /// The history of `record`, not read yet.
  public init(record: RecordRef, title: String) {
    self.record = record
    self.title = title
    self.entries = nil
    self.scrollOffset = 0
  }
}
