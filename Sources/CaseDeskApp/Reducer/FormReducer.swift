import CaseDeskDomain
import TerminalUI

/// The enterprise form's part of the reducer: opening it, keys inside it, saving and closing.
enum FormReducer {
  /// Opens the empty add form, or says on the message line why it cannot open.
  static func openAdd(_ state: inout AppState) -> [Effect] {
    if let problem = permissionProblem(in: state) {
      state.message = Message(kind: .error, text: problem)
      return []
    }
    state.overlay = .enterpriseForm(EnterpriseForm.add(in: state))
    return []
  }

  /// Opens the edit form of the selected enterprise, or says why it cannot open.
  static func openEdit(_ state: inout AppState) -> [Effect] {
    guard let selected = state.enterprises.selected else {
      state.message = Message(kind: .error, text: state.strings[.formNoSelection])
      return []
    }
    if let problem = permissionProblem(in: state) {
      state.message = Message(kind: .error, text: problem)
      return []
    }
    let enterprise = state.domain.enterprises[selected.id] ?? selected.enterprise
    state.overlay = .enterpriseForm(EnterpriseForm.edit(enterprise, in: state))
    return []
  }

  /// Why the operator cannot add or edit enterprises now, or nil when they can.
  ///
  /// A read-only workspace says so; the role is asked of the domain (an empty edit of no
  /// record is refused for the role before the record is looked up).
  static func permissionProblem(in state: AppState) -> String? {
    let strings = state.strings
    if state.workspace.isReadOnly { return strings[.formReadOnly] }
    do {
      _ = try Domain.execute(
        .enterprise(.edit(EnterpriseID(""), [])), by: state.actor, at: state.now,
        in: state.domain)
    } catch {
      if error.kind == .notPermitted { return strings.localized(error.message) }
    }
    return nil
  }

  /// Runs a `form.*` command.
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    if case .paneForm = state.overlay { return PaneFormReducer.perform(command, on: &state) }
    guard case .enterpriseForm(let form) = state.overlay, form.discardQuestion == nil else {
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
    guard case .enterpriseForm(let form) = state.overlay, form.discardQuestion == nil else {
      return []
    }
    return apply(key, to: &state)
  }

  private static func apply(_ key: Key, to state: inout AppState) -> [Effect] {
    guard case .enterpriseForm(var form) = state.overlay else { return [] }
    switch form.form.handle(key) {
    case .changed(let id):
      if id == EnterpriseForm.FieldID.uscc.rawValue { form.upperCaseCode() }
      form.touched.insert(id)
      form.check(in: state)
    case .save:
      return save(&state)
    case .cancel:
      return cancel(&state)
    case .handled, .ignored:
      break
    }
    form.form.scrollToFocus(height: EnterpriseFormView.viewportHeight(form, size: state.size))
    state.overlay = .enterpriseForm(form)
    return []
  }

  /// Saves: refuses with problems (focus on the first), else asks the store.
  static func save(_ state: inout AppState) -> [Effect] {
    guard case .enterpriseForm(var form) = state.overlay else { return [] }
    let strings = state.strings
    form.showsAllProblems = true
    form.check(in: state)
    defer { if case .enterpriseForm = state.overlay { state.overlay = .enterpriseForm(form) } }
    if let first = form.problemFields.first {
      form.form.focus(first)
      form.form.scrollToFocus(height: EnterpriseFormView.viewportHeight(form, size: state.size))
      return []
    }
    guard form.generalProblem == nil else { return [] }
    switch form.mode {
    case .add:
      form.savingID = EnterpriseID(UnifiedSocialCreditCode.normalized(form.value(.uscc)))
    case .edit(let enterprise):
      guard !form.changedFields.isEmpty else {
        state.overlay = nil
        state.message = Message(kind: .info, text: strings[.formNothingChanged])
        return []
      }
      form.savingID = enterprise.id
    }
    form.form.summary = strings[.formSaving]
    form.form.summaryIsError = false
    return [.perform(form.command)]
  }

  /// Closes the form at once, or asks first when it has unsaved edits.
  static func cancel(_ state: inout AppState) -> [Effect] {
    guard case .enterpriseForm(var form) = state.overlay else { return [] }
    guard form.hasUnsavedEdits else {
      state.overlay = nil
      return []
    }
    let strings = state.strings
    form.discardQuestion = FormCommands.discardQuestion(strings)
    state.overlay = .enterpriseForm(form)
    return []
  }

  /// Answers the discard question: yes closes the form, no goes back to it.
  static func answerDiscard(_ command: AppCommand, in state: inout AppState) -> [Effect] {
    guard case .enterpriseForm(var form) = state.overlay, let dialog = form.discardQuestion else {
      return []
    }
    switch FormCommands.answer(command, to: dialog) {
    case .discard:
      state.overlay = nil
      return []
    case .keepEditing: form.discardQuestion = nil
    case .asking(let asked): form.discardQuestion = asked
    }
    state.overlay = .enterpriseForm(form)
    return []
  }

  /// After a saved change: closes the form that asked for it, says so, selects the record.
  static func finishSave(in state: inout AppState) {
    guard case .enterpriseForm(let form) = state.overlay, let id = form.savingID else { return }
    let strings = state.strings
    state.overlay = nil
    let name = state.domain.enterprises[id]?.name ?? id.raw
    let key: StringKey = form.editedRecord == nil ? .formRegistered : .formEdited
    state.message = Message(kind: .success, text: strings.format(key, name))
    let list = state.enterprises
    if let row = list.order.firstIndex(where: { list.records[$0].id == id }) {
      state.enterprises.table.selectedIndex = row
      state.enterprises.table.selectedID = id.raw
      AppReducer.scrollSelectionIntoView(&state)
    }
  }

  /// After a refused save: keeps the form open with the reason in it; false when no form
  /// was waiting for the answer.
  static func refuseSave(_ failure: StoreFailure, in state: inout AppState) -> Bool {
    guard case .enterpriseForm(var form) = state.overlay, form.savingID != nil else {
      return false
    }
    let strings = state.strings
    let reason = strings.reason(of: failure)
    form.savingID = nil
    form.generalProblem = strings.format(.formNotSaved, reason)
    form.refresh(strings: strings)
    state.overlay = .enterpriseForm(form)
    return true
  }
}
