import CaseDeskDomain
import TerminalUI

extension AppReducer {
  /// Takes in a saved change: the new state, and every list that shows what it touched.
  static func applyChange(_ domain: DomainState, events: [Event], to state: inout AppState) {
    let before = state.domain
    state.domain = domain
    if !EnterpriseList.updateTouchedRows(after: events, in: &state) {
      EnterpriseList.replaceRows(EnterpriseRow.rows(of: domain), in: &state)
    }
    state.pendingDeadlines = TopBarView.pendingCount(
      for: StaffID(state.operatorInfo.id), in: domain, at: state.now)
    PositiveListPane.recordsChanged(&state)
    CasesPane.recordsChanged(&state)
    ReferralsPane.recordsChanged(&state)
    FormReducer.finishSave(in: &state)
    PaneFormReducer.finishSave(in: &state)
    UndoReducer.remember(events, before: before, after: domain, in: &state)
    BulkAdmissionReducer.finishSave(in: &state)
    if case .statusCard(var card) = state.overlay {
      card.refresh(in: state)
      state.overlay = .statusCard(card)
    }
  }

  /// Says on the message line why a change was not made.
  static func reportRefusal(_ failure: StoreFailure, in state: inout AppState) {
    if FormReducer.refuseSave(failure, in: &state) { return }
    if PaneFormReducer.refuseSave(failure, in: &state) { return }
    if BulkAdmissionReducer.refuseSave(failure, in: &state) { return }
    state.message = Message(kind: .error, text: state.strings.describe(failure))
  }

  /// Says how a bulk change went: how many were made, and the first refusal's reason.
  static func reportBulk(done: Int, refused: [String], in state: inout AppState) {
    let strings = state.strings
    if refused.isEmpty {
      state.message = Message(kind: .success, text: strings.format(.bulkDone, "\(done)"))
    } else {
      state.message = Message(
        kind: .error,
        text: strings.format(.bulkPartly, "\(done)", "\(refused.count)", refused[0]))
    }
  }
}
