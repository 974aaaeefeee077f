import CaseDeskDomain

/// What a form's values ask for: the command to send, or problems found before the domain
/// is asked (field id → text; the empty id is the form's own problem).
enum PaneFormOutcome {
  case command(Command)
  /// Several commands saved together, all or none, each checked after the ones before it.
  case commands([Command])
  case problems([String: String])
}

/// One kind of pane form: the fields it opens with, the command its values make, and where
/// the domain's problems go.
///
/// The domain checks the command (executed without saving) as the user types, so the form
/// and the domain never disagree.
protocol PaneFormKind {
  /// The form for a purpose, filled from the state; nil with a message when it cannot open
  /// (no such entry, the wrong standing).
  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  >
  /// The command the form's values ask for.
  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome
  /// The form field a domain problem's field belongs to, or nil (the form's own problem).
  static func fieldID(forDomainField field: String, in form: PaneForm) -> String?
  /// The message once the change is saved.
  static func savedMessage(for form: PaneForm, in state: AppState) -> String
  /// Updates what follows from a changed field (another field's hint, a note).
  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState)
  /// Shows what the saved change made (selects a new record), once the form has closed.
  static func didSave(_ form: PaneForm, in state: inout AppState)
}

extension PaneFormKind {
  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {}
  static func didSave(_ form: PaneForm, in state: inout AppState) {}
}

/// Why a pane form did not open, as shown on the message line.
struct PaneFormRefusal: Error, Equatable {
  var message: String
}
