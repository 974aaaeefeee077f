import CaseDeskDomain
import TerminalUI

/// The bulk admission overlay's keys: scroll, admit the admissible ones, close; and taking
/// the store's answer.
enum BulkAdmissionReducer {
  /// Applies a `bulkAdmission.*` command.
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    guard case .bulkAdmission(var bulk) = state.overlay else { return [] }
    let page = max(1, BulkAdmissionView.visibleRowCount(for: state.size))
    switch command {
    case .bulkAdmissionConfirm:
      switch bulk.phase {
      case .preview:
        let requests = bulk.admissible.map(\.request)
        guard !requests.isEmpty else { return [] }
        bulk.phase = .saving
        bulk.problem = nil
        state.overlay = .bulkAdmission(bulk)
        return [.perform(.positiveList(.admitSeveral(requests)))]
      case .saving:
        return []
      case .summary:
        state.overlay = nil
        return []
      }
    case .bulkAdmissionClose:
      if bulk.phase != .saving { state.overlay = nil }
      return []
    case .bulkAdmissionDown: bulk.scrollOffset += 1
    case .bulkAdmissionUp: bulk.scrollOffset -= 1
    case .bulkAdmissionPageDown: bulk.scrollOffset += page
    case .bulkAdmissionPageUp: bulk.scrollOffset -= page
    default: return []
    }
    let count = BulkAdmissionView.lines(bulk, strings: state.strings, width: lineWidth(state))
      .count
    bulk.scrollOffset = min(max(0, bulk.scrollOffset), max(0, count - page))
    state.overlay = .bulkAdmission(bulk)
    return []
  }

  /// After the saved admission: the preview becomes the summary, the admitted rows lose
  /// their marks, and the message line says how it went.
  static func finishSave(in state: inout AppState) {
    guard case .bulkAdmission(var bulk) = state.overlay, bulk.phase == .saving else { return }
    let admitted = bulk.admissible
    bulk.phase = .summary
    bulk.scrollOffset = 0
    if let first = admitted.first {
      bulk.proposes = state.domain.positiveList[first.enterprise]?.status == .candidate
    }
    state.overlay = .bulkAdmission(bulk)
    state.positiveList.list.table.marked.subtract(admitted.map(\.enterprise.raw))
    state.message = Message(
      kind: .success,
      text: state.strings.format(
        bulk.proposes ? .bulkAdmissionDoneProposed : .bulkAdmissionDoneAdmitted,
        "\(admitted.count)", "\(bulk.refused.count)"))
  }

  /// After a refused save (the batch is all or nothing): checks each again and shows the
  /// preview with the store's reason; false when no bulk admission was waiting.
  static func refuseSave(_ failure: StoreFailure, in state: inout AppState) -> Bool {
    guard case .bulkAdmission(var bulk) = state.overlay, bulk.phase == .saving else {
      return false
    }
    let strings = state.strings
    let reason = strings.reason(of: failure)
    bulk.items = AdmissionForm.precheckedItems(
      bulk.items.map(\.request), names: bulk.items.map(\.name), in: state)
    bulk.phase = .preview
    bulk.problem = strings.format(.formNotSaved, reason)
    state.overlay = .bulkAdmission(bulk)
    return true
  }

  /// The width the overlay's lines are wrapped to.
  static func lineWidth(_ state: AppState) -> Int {
    BulkAdmissionView.lineWidth(for: state.size)
  }
}
