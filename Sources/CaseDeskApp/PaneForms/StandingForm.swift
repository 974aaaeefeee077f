import CaseDeskDomain
import TerminalUI

/// The suspension, restoration, removal and periodic review forms of a positive-list entry.
enum StandingForm: PaneFormKind {
  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    .failure(PaneFormRefusal(message: state.strings[.paneNotBuilt]))
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    .problems(["": state.strings[.paneNotBuilt]])
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? { nil }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String { "" }
}
