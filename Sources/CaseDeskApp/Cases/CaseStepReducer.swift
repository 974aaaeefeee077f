import CaseDeskDomain
import TerminalUI

/// Opens the step form of the selected case (`>` on the case review pane).
enum CaseStepReducer {
  /// Opens the form of the first step the operator may take on the selected case, or says on
  /// the message line why none opens (read-only, or another role must act).
  static func openNextStep(in state: inout AppState) -> [Effect] {
    guard state.activePane == .cases else { return [] }
    guard let row = state.cases.selected, let record = state.domain.cases[row.id] else {
      state.message = Message(kind: .error, text: state.strings[.nothingSelected])
      return []
    }
    if ReferralDraftForm.isDue(for: record, in: state) {
      return PaneFormReducer.open(.draftReferral(record.id), in: &state)
    }
    let first = CaseStepForm.allowedSteps(for: record, in: state).first ?? .archiveCase
    return PaneFormReducer.open(.caseStep(record.id, first), in: &state)
  }
}
