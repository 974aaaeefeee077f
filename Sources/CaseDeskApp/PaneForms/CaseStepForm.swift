import CaseDeskDomain
import TerminalUI

/// The step forms of a case: filing, investigation, review, notice, hearing, legal review,
/// discussion, decision, service, payment, closing and archiving.
///
/// The form's field ids are the domain's problem fields (`filing.opinion`), so each problem
/// of the unsaved command lands on its field; a refused step shows the rule that refused it.
/// The `step` choice at the top switches between the steps the operator may take now.
enum CaseStepForm: PaneFormKind {
  /// The read-only line naming the case.
  static let caseField = "case"
  /// The choice of step.
  static let stepField = "step"

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    let strings = state.strings
    guard case .caseStep(let id, let step) = purpose, let record = state.domain.cases[id] else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let steps = allowedSteps(for: record, in: state)
    if let refusal = refusal(for: record, in: state) { return .failure(refusal) }
    guard let first = steps.first else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let chosen = steps.contains(step) ? step : first
    return .success(
      PaneForm(
        purpose: .caseStep(id, chosen),
        form: formState(chosen, of: record, steps: steps, carrying: [:], in: state)))
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    guard case .caseStep(let id, let step) = form.purpose else {
      return .problems(["": state.strings[.nothingSelected]])
    }
    var reader = CaseStepValues(form: form, state: state)
    let command = reader.command(step, for: id)
    guard reader.problems.isEmpty, let command else { return .problems(reader.problems) }
    return .command(.enforcementCase(command))
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    let aliases = [
      "review.reasons": "review.opinion", "legalReview.reasons": "legalReview.opinion",
      "investigation.officers": "officer2",
    ]
    var id = aliases[field] ?? field
    if id.hasPrefix("instalments") { id = CaseStepValues.instalmentsField }
    return form.form[id] != nil ? id : nil
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let strings = state.strings
    guard case .caseStep(let id, let step) = form.purpose, let record = state.domain.cases[id]
    else { return strings[.caseStepSavedPlain] }
    return strings.format(
      .caseStepSaved, strings[step.titleKey], record.displayNumber,
      strings.localized(record.stage.title))
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    guard id == stepField || id == CaseStepValues.decisionKindField,
      case .caseStep(let caseID, var step) = form.purpose,
      let record = state.domain.cases[caseID]
    else { return }
    let steps = allowedSteps(for: record, in: state)
    if id == stepField {
      let titles = steps.map { state.strings[$0.titleKey] }
      if let index = titles.firstIndex(of: form.value(stepField)) { step = steps[index] }
    }
    var carried: [String: FormField.Kind] = [:]
    for field in form.form.fields where field.id != caseField { carried[field.id] = field.kind }
    if id == stepField, case .caseStep(_, let old) = form.purpose, old != step {
      carried = [stepField: carried[stepField]].compactMapValues { $0 }
    }
    let touched = form.touched
    form = PaneForm(
      purpose: .caseStep(caseID, step),
      form: formState(step, of: record, steps: steps, carrying: carried, in: state))
    form.touched = touched
    form.form.focus(id)
  }

  // MARK: - Opening

  /// The operator's roles.
  static func roles(in state: AppState) -> Set<StaffRole> {
    Set(state.domain.staff[StaffID(state.operatorInfo.id)]?.roles ?? [])
  }

  /// The steps the operator may take on the case now, the usual one first.
  static func allowedSteps(for record: EnforcementCase, in state: AppState) -> [CaseStep] {
    CaseStep.allowed(for: record, roles: roles(in: state))
  }

  /// Why no step form opens for the operator (the case is archived, or the next step is
  /// another role's), or nil when one may.
  static func refusal(for record: EnforcementCase, in state: AppState) -> PaneFormRefusal? {
    let strings = state.strings
    if record.isArchived {
      return PaneFormRefusal(message: strings.format(.caseStepArchived, record.displayNumber))
    }
    guard allowedSteps(for: record, in: state).isEmpty else { return nil }
    return PaneFormRefusal(message: waitingMessage(for: record, in: state))
  }

  /// Who must act on the case next, and what they must do.
  static func waitingMessage(for record: EnforcementCase, in state: AppState) -> String {
    let strings = state.strings
    let actors = StaffRole.allCases.filter { record.nextActors.contains($0) }
      .map { TopBarView.roleName($0, strings) }
    return strings.format(
      .caseStepNotYours, record.displayNumber,
      actors.joined(separator: strings[.caseStepRoleSeparator]),
      strings.localized(record.stage.nextStepTitle))
  }

  /// The read-only line naming a case (number and enterprise) with its stage under it, at the
  /// top of every case form.
  static func caseLineField(
    _ record: EnforcementCase, id: String, label: String, in state: AppState
  ) -> FormField {
    let line = [record.displayNumber, enterpriseName(record.enterprise, in: state)]
      .joined(separator: " ")
    return FormField(
      id: id, label: label, kind: .text(TextFieldState(text: line)), isEditable: false,
      hint: state.strings.localized(record.stage.title))
  }

  /// The form of a step: the case line, the step choice, then the step's own fields (with
  /// the values carried over from the form it replaces, by field id).
  static func formState(
    _ step: CaseStep, of record: EnforcementCase, steps: [CaseStep],
    carrying carried: [String: FormField.Kind], in state: AppState
  ) -> FormState {
    let strings = state.strings
    let titles = steps.map { strings[$0.titleKey] }
    var fields = [
      caseLineField(record, id: caseField, label: strings[.caseStepFieldCase], in: state),
      FormField(
        id: stepField, label: strings[.caseStepFieldStep],
        kind: .choice(
          PickListState(
            options: titles, value: strings[step.titleKey],
            placeholder: strings[.formFilterPlaceholder])),
        isEditable: steps.count > 1,
        // Only the clock is the operator's: say whose the stage's step is.
        hint: steps.allSatisfy(\.isAsideStep) ? waitingMessage(for: record, in: state) : nil),
    ]
    for var field in stepFields(step, of: record, carrying: carried, in: state) {
      if let kind = carried[field.id], sameKind(kind, field.kind) { field.kind = kind }
      fields.append(field)
    }
    return FormState(
      title: strings.format(.caseStepTitle, strings[step.titleKey], record.displayNumber),
      fields: fields, yesText: strings[.yes], noText: strings[.no])
  }

  /// Whether two field kinds are the same sort (text, toggle, or a choice of the same options).
  static func sameKind(_ lhs: FormField.Kind, _ rhs: FormField.Kind) -> Bool {
    switch (lhs, rhs) {
    case (.text, .text), (.toggle, .toggle): return true
    case (.choice(let left), .choice(let right)): return left.options == right.options
    default: return false
    }
  }

  /// The enterprise's short name, else its name, else its id.
  static func enterpriseName(_ id: EnterpriseID, in state: AppState) -> String {
    guard let enterprise = state.domain.enterprises[id] else { return id.raw }
    return enterprise.shortName.isEmpty ? enterprise.name : enterprise.shortName
  }
}
