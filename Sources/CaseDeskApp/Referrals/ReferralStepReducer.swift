import CaseDeskDomain
import TerminalUI

/// Opens the referral forms: the next step of the selected referral (`>` on the referrals
/// pane), and the draft of a new one (`a` there, `T` on the case review pane).
enum ReferralStepReducer {
  /// Opens the form of the first step the operator may take on the selected referral, or says
  /// on the message line why none opens (read-only, or another role must act).
  static func openNextStep(in state: inout AppState) -> [Effect] {
    guard state.activePane == .referrals else { return [] }
    guard let row = state.referrals.selected, let referral = state.domain.referrals[row.id]
    else {
      state.message = Message(kind: .error, text: state.strings[.nothingSelected])
      return []
    }
    let first = ReferralStepForm.allowedSteps(for: referral, in: state).first ?? .close
    return PaneFormReducer.open(.referralStep(referral.id, first), in: &state)
  }

  /// Opens the draft form for the case selected on the case review pane.
  static func draftForSelectedCase(in state: inout AppState) -> [Effect] {
    guard state.activePane == .cases else { return [] }
    guard let row = state.cases.selected else {
      state.message = Message(kind: .error, text: state.strings[.nothingSelected])
      return []
    }
    return PaneFormReducer.open(.draftReferral(row.id), in: &state)
  }

  /// Opens the draft form with a case field (the referrals pane).
  static func draftForAnyCase(in state: inout AppState) -> [Effect] {
    guard state.activePane == .referrals else { return [] }
    return PaneFormReducer.open(.draftReferral(nil), in: &state)
  }
}
