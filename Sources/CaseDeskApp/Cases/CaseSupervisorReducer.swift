import CaseDeskDomain
import TerminalUI

/// Opens the supervisor forms of the selected case (`V` invites, `O` records an opinion).
enum CaseSupervisorReducer {
  /// Opens the invitation form for the selected case, or says why it cannot open.
  static func openInvitation(in state: inout AppState) -> [Effect] {
    open(in: &state) { .inviteSupervisor($0) }
  }

  /// Opens the opinion form for the selected case, or says why it cannot open.
  static func openOpinion(in state: inout AppState) -> [Effect] {
    open(in: &state) { .supervisorOpinion($0) }
  }

  /// Opens a form on the selected case.
  private static func open(
    in state: inout AppState, purpose: (CaseID) -> PaneFormPurpose
  ) -> [Effect] {
    guard state.activePane == .cases else { return [] }
    guard let row = state.cases.selected else {
      state.message = Message(kind: .error, text: state.strings[.nothingSelected])
      return []
    }
    return PaneFormReducer.open(purpose(row.id), in: &state)
  }
}
