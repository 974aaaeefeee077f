import CaseDeskDomain
import TerminalUI

/// `u`: undoes the operator's last change of this session as a new, recorded compensating
/// change (the domain refuses when someone changed the records since, or a case is archived).
enum UndoReducer {
  /// At most this many records are kept to undo one change (a whole import is not undone).
  static let recordLimit = 64

  /// Asks the store to undo the last change, or says why there is nothing to undo.
  static func undo(_ state: inout AppState) -> [Effect] {
    let strings = state.strings
    if state.workspace.isReadOnly {
      state.message = Message(kind: .error, text: strings[.formReadOnly])
      return []
    }
    guard let token = state.lastUndo else {
      state.message = Message(kind: .info, text: strings[.undoNothing])
      return []
    }
    return [.perform(.undo(token))]
  }

  /// Remembers what undoes a saved change of the operator's (the records before and after
  /// it), or forgets the last one when the change was itself an undo or too large.
  static func remember(
    _ events: [Event], before: DomainState, after: DomainState, in state: inout AppState
  ) {
    guard let first = events.first, first.actor == state.actor else { return }
    if events.contains(where: { if case .undo = $0.change { return true } else { return false } }) {
      state.lastUndo = nil
      let undone = events.compactMap { event -> [LocalizedText]? in
        if case .undo(.recordsRestored(_, let undone)) = event.change { return undone }
        return nil
      }.flatMap { $0 }
      let what = undone.map { state.strings.localized($0) }.joined(separator: "；")
      state.message = Message(kind: .success, text: state.strings.format(.undoDone, what))
      return
    }
    var refs: [RecordRef] = []
    var seen: Set<RecordRef> = []
    for event in events {
      for ref in event.change.affectedRecords where seen.insert(ref).inserted { refs.append(ref) }
    }
    guard refs.count <= recordLimit else {
      state.lastUndo = nil
      return
    }
    state.lastUndo = UndoToken(
      events: events, before: refs.map { before.snapshot(of: $0) },
      after: refs.map { after.snapshot(of: $0) })
  }
}
