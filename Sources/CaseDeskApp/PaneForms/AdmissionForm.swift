import CaseDeskDomain
import TerminalUI

/// The admission form of the positive list (and the approver's approve and reject forms).
enum AdmissionForm: PaneFormKind {
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

  /// Admits the marked rows, each checked on its own (`a` or `b` with marks).
  static func admitMarked(in state: inout AppState) -> [Effect] {
    state.message = Message(kind: .error, text: state.strings[.paneNotBuilt])
    return []
  }
}
