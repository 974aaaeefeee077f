import CaseDeskDomain
import CaseDeskStore
import TerminalUI

/// Something that happened: the user invoked a command or typed, the terminal changed size,
/// or the runtime finished some work.
public enum Action: Equatable, Sendable {
  /// A key bound to a command was pressed.
  case commandInvoked(AppCommand)
  /// A key not bound in the active scope was pressed (typing into a field).
  case keyTyped(Key)
  case terminalResized(Size)
  /// The runtime switched the theme (after `:theme`).
  case themeApplied(String)
  /// The runtime reports a problem to show on the message line.
  case problemReported(String)
  /// A change was saved: the store's state after it, and the events it made.
  case domainChanged(DomainState, [Event])
  /// A change asked for with `Effect.perform` was not made.
  case changeRefused(StoreFailure)
  /// Build the lists' search indexes (the runtime asks once the first frame is shown).
  case buildSearchIndex
  /// A bulk change finished: how many changes were made, and the reasons of those refused.
  case bulkFinished(done: Int, refused: [String])
  /// The saved changes of a record, oldest first (the answer to `Effect.loadHistory`).
  case historyLoaded(RecordRef, [HistoryEntry])
  /// The runtime reports work done, to show on the message line.
  case noticeReported(String)
  /// Long work moved on (nil: it ended).
  case progressChanged(WorkProgress?)
}
