import CaseDeskDomain
import CaseDeskStore

/// The record history's commands: open it (asking the runtime for the entries), scroll, close.
enum HistoryReducer {
  /// Applies a `record.history` or `history.*` command.
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    if command == .openHistory {
      let record: RecordRef
      let title: String
      switch state.activePane {
      case .positiveList:
        guard let row = state.positiveList.selected else { return [] }
        record = row.status == .notListed ? .enterprise(row.id) : .positiveListEntry(row.id)
        title = row.name
      case .cases:
        guard let row = state.cases.selected else { return [] }
        record = .enforcementCase(row.id)
        title = row.number + " " + row.enterpriseName
      case .referrals:
        guard let row = state.referrals.selected else { return [] }
        record = .referral(row.id)
        title = row.caseNumber + " " + row.enterpriseName
      default:
        guard let row = state.enterprises.selected else { return [] }
        record = .enterprise(row.id)
        title = row.name
      }
      state.overlay = .history(HistoryState(record: record, title: title))
      return [.loadHistory(record)]
    }
    guard case .history(var history) = state.overlay else { return [] }
    let page = max(1, HistoryView.visibleRowCount(for: state.size))
    switch command {
    case .historyClose:
      state.overlay = nil
      return []
    case .historyDown: history.scrollOffset += 1
    case .historyUp: history.scrollOffset -= 1
    case .historyPageDown: history.scrollOffset += page
    case .historyPageUp: history.scrollOffset -= page
    default: return []
    }
    let count = HistoryView.lines(history, state: state).count
    history.scrollOffset = min(max(0, history.scrollOffset), max(0, count - page))
    state.overlay = .history(history)
    return []
  }

  /// Shows the entries the runtime read, if the history of that record is still open.
  static func show(_ entries: [HistoryEntry], of record: RecordRef, in state: inout AppState) {
    guard case .history(var history) = state.overlay, history.record == record else { return }
    history.entries = entries
    history.scrollOffset = 0
    state.overlay = .history(history)
  }
}
