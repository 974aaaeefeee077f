import CaseDeskDomain
import TerminalUI

extension AppReducer {
  /// Takes in a saved change: the new state, and every list that shows what it touched.
  static func applyChange(_ domain: DomainState, events: [Event], to state: inout AppState) {
    state.domain = domain
    state.enterprises.replaceRecords(with: EnterpriseRow.rows(of: domain), strings: state.strings)
    scrollSelectionIntoView(&state)
    let counts = domain.queueCounts(for: StaffID(state.operatorInfo.id), at: state.now)
    state.pendingDeadlines = counts.overdue + counts.dueSoon
    FormReducer.finishSave(in: &state)
  }

  /// Says on the message line why a change was not made.
  static func reportRefusal(_ failure: StoreFailure, in state: inout AppState) {
    if FormReducer.refuseSave(failure, in: &state) { return }
    let strings = state.strings
    switch failure {
    case .refused(let reason):
      state.message = Message(
        kind: .error,
        text: strings.format(.changeRefused, strings.localized(reason)))
    case .notSaved(let reason):
      state.message = Message(kind: .error, text: strings.format(.changeNotSaved, reason))
    }
  }
}
