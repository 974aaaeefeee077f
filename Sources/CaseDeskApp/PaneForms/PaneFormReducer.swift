import CaseDeskDomain
import TerminalUI

/// The pane forms' part of the reducer: opening one, keys inside it, saving and closing.
///
/// The same `form.*` keys as the enterprise form; what differs per form is its kind.
enum PaneFormReducer {
  /// Opens the form for a purpose, or says on the message line why it cannot open.
  static func open(_ purpose: PaneFormPurpose, in state: inout AppState) -> [Effect] {
    if state.workspace.isReadOnly {
      state.message = Message(kind: .error, text: state.strings[.formReadOnly])
      return []
    }
    switch purpose.kind.open(purpose, in: state) {
    case .success(var form):
      form.check(in: state)
      form.form.scrollToFocus(height: viewportHeight(form, size: state.size))
      state.overlay = .paneForm(form)
    case .failure(let refusal):
      state.message = Message(kind: .error, text: refusal.message)
    }
    return []
  }

  /// Runs a `form.*` command in the open pane form.
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    guard case .paneForm(let form) = state.overlay, form.discardQuestion == nil else {
      return []
    }
    switch FormCommands.request(for: command, pickListOpen: form.form.isPickListOpen) {
    case .key(let key): return apply(key, to: &state)
    case .save(let closingPickList):
      if closingPickList { _ = apply(.escape, to: &state) }
      return save(&state)
    }
  }

  /// Types a key not bound to a command into the form.
  static func type(_ key: Key, into state: inout AppState) -> [Effect] {
    guard case .paneForm(let form) = state.overlay, form.discardQuestion == nil else {
      return []
    }
    return apply(key, to: &state)
  }

  private static func apply(_ key: Key, to state: inout AppState) -> [Effect] {
    guard case .paneForm(var form) = state.overlay else { return [] }
    switch form.form.handle(key) {
    case .changed(let id):
      form.touched.insert(id)
      form.purpose.kind.fieldChanged(id, in: &form, state: state)
      form.check(in: state)
    case .save:
      return save(&state)
    case .cancel:
      return cancel(&state)
    case .handled, .ignored:
      break
    }
    form.form.scrollToFocus(height: viewportHeight(form, size: state.size))
    state.overlay = .paneForm(form)
    return []
  }

  /// Saves: refuses with problems (focus on the first), else asks the store.
  static func save(_ state: inout AppState) -> [Effect] {
    guard case .paneForm(var form) = state.overlay, !form.isSaving else { return [] }
    form.showsAllProblems = true
    form.check(in: state)
    defer { if case .paneForm = state.overlay { state.overlay = .paneForm(form) } }
    if let first = form.problemFields.first {
      form.form.focus(first)
      form.form.scrollToFocus(height: viewportHeight(form, size: state.size))
      return []
    }
    let commands = form.commands(in: state)
    guard form.generalProblem == nil, let command = commands.first else { return [] }
    form.isSaving = true
    form.form.summary = state.strings[.formSaving]
    form.form.summaryIsError = false
    return [commands.count == 1 ? .perform(command) : .performBatch(commands)]
  }

  /// Closes the form at once, or asks first when it has unsaved edits.
  static func cancel(_ state: inout AppState) -> [Effect] {
    guard case .paneForm(var form) = state.overlay else { return [] }
    guard form.hasUnsavedEdits else {
      state.overlay = nil
      return []
    }
    let strings = state.strings
    form.discardQuestion = FormCommands.discardQuestion(strings)
    state.overlay = .paneForm(form)
    return []
  }

  /// Answers the discard question: yes closes the form, no goes back to it.
  static func answerDiscard(_ command: AppCommand, in state: inout AppState) -> [Effect] {
    guard case .paneForm(var form) = state.overlay, let dialog = form.discardQuestion else {
      return []
    }
    switch FormCommands.answer(command, to: dialog) {
    case .discard:
      state.overlay = nil
      return []
    case .keepEditing: form.discardQuestion = nil
    case .asking(let asked): form.discardQuestion = asked
    }
    state.overlay = .paneForm(form)
    return []
  }

  /// After a saved change: closes the form that asked for it and says what was done.
  static func finishSave(in state: inout AppState) {
    guard case .paneForm(let form) = state.overlay, form.isSaving else { return }
    state.overlay = nil
    state.message = Message(
      kind: .success, text: form.purpose.kind.savedMessage(for: form, in: state))
    form.purpose.kind.didSave(form, in: &state)
  }

  /// After a refused save: keeps the form open with the reason in it; false when no pane
  /// form was waiting for the answer.
  static func refuseSave(_ failure: StoreFailure, in state: inout AppState) -> Bool {
    guard case .paneForm(var form) = state.overlay, form.isSaving else { return false }
    let strings = state.strings
    let reason = strings.reason(of: failure)
    form.isSaving = false
    form.generalProblem = strings.format(.formNotSaved, reason)
    form.refresh(strings: strings)
    state.overlay = .paneForm(form)
    return true
  }

  /// The rows the form's fields get at a terminal size.
  static func viewportHeight(_ form: PaneForm, size: Size) -> Int {
    Form.viewportHeight(in: EnterpriseFormView.area(for: size), state: form.form)
  }
}
