import CaseDeskDomain
import TerminalUI

/// The step forms of a referral: documents, approval, hand-over, the police's receipt,
/// material requests, the police decision, reconsideration, supervision, closing and
/// cancelling.
///
/// The form's field ids are the domain's problem fields (`handOver.policeUnit`), so each
/// problem of the unsaved command lands on its field; a refused step shows the rule that
/// refused it. The `step` choice at the top switches between the steps the operator may take.
enum ReferralStepForm: PaneFormKind {
  /// The read-only line naming the referral.
  static let referralField = "referral"
  /// The choice of step.
  static let stepField = "step"

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    let strings = state.strings
    guard case .referralStep(let id, let step) = purpose,
      let referral = state.domain.referrals[id]
    else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let steps = allowedSteps(for: referral, in: state)
    if let refusal = refusal(for: referral, in: state) { return .failure(refusal) }
    guard let first = steps.first else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let chosen = steps.contains(step) ? step : first
    return .success(
      PaneForm(
        purpose: .referralStep(id, chosen),
        form: formState(chosen, of: referral, steps: steps, carrying: [:], in: state)))
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    guard case .referralStep(let id, let step) = form.purpose,
      let referral = state.domain.referrals[id]
    else {
      return .problems(["": state.strings[.nothingSelected]])
    }
    var reader = ReferralStepValues(form: form, state: state)
    let commands = reader.commands(step, for: referral)
    guard reader.problems.isEmpty, !commands.isEmpty else { return .problems(reader.problems) }
    if commands.count == 1 { return .command(.referral(commands[0])) }
    return .commands(commands.map { .referral($0) })
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    var id = field
    if form.form["reconsideration.days"] != nil, field == "policeDecision.days" {
      id = "reconsideration.days"
    }
    if field == "policeDecision.kind" { id = ReferralStepValues.decisionField }
    return form.form[id] != nil ? id : nil
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let strings = state.strings
    guard case .referralStep(let id, let step) = form.purpose,
      let referral = state.domain.referrals[id]
    else { return strings[.caseStepSavedPlain] }
    return strings.format(
      .referralStepSaved, strings[step.titleKey], referral.id.raw,
      strings.localized(referral.stage.title))
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    guard case .referralStep(let referralID, var step) = form.purpose,
      let referral = state.domain.referrals[referralID]
    else { return }
    if id.hasPrefix(ReferralStepValues.documentPrefix) {
      updateMissing(in: &form, referral: referral, state: state)
      return
    }
    if id == ReferralStepValues.decisionField || id == ReferralStepValues.answerField {
      showFields(forChoiceIn: id, of: referral, step: step, in: &form, state: state)
      return
    }
    guard id == stepField else { return }
    let steps = allowedSteps(for: referral, in: state)
    let titles = steps.map { state.strings[$0.titleKey] }
    if let index = titles.firstIndex(of: form.value(stepField)) { step = steps[index] }
    var carried: [String: FormField.Kind] = [:]
    if let kind = form.form[stepField]?.kind { carried[stepField] = kind }
    let touched = form.touched
    form = PaneForm(
      purpose: .referralStep(referralID, step),
      form: formState(step, of: referral, steps: steps, carrying: carried, in: state))
    form.touched = touched
    form.form.focus(id)
  }

  /// Rebuilds the step's fields for the option now chosen in a choice field (the police
  /// decision, the reconsideration answer), keeping what was typed.
  static func showFields(
    forChoiceIn id: String, of referral: Referral, step: ReferralStep, in form: inout PaneForm,
    state: AppState
  ) {
    var carried: [String: FormField.Kind] = [:]
    for field in form.form.fields where field.isEditable { carried[field.id] = field.kind }
    let chosen = ReferralStepValues(form: form, state: state).choiceIndex(id)
    let steps = allowedSteps(for: referral, in: state)
    let touched = form.touched
    let initial = form.initialValues
    form = PaneForm(
      purpose: form.purpose,
      form: formState(
        step, of: referral, steps: steps, choice: chosen, carrying: carried, in: state))
    form.touched = touched
    form.initialValues = initial
    form.form.focus(id)
  }

  // MARK: - Opening

  /// The steps the operator may take on the referral now, the usual one first.
  static func allowedSteps(for referral: Referral, in state: AppState) -> [ReferralStep] {
    ReferralStep.allowed(for: referral, roles: CaseStepForm.roles(in: state))
  }

  /// Why no step form opens for the operator (the referral is closed or cancelled, or the
  /// next step is another role's), or nil when one may.
  static func refusal(for referral: Referral, in state: AppState) -> PaneFormRefusal? {
    let strings = state.strings
    if !referral.isOpen {
      return PaneFormRefusal(
        message: strings.format(
          .referralStepReadOnly, referral.id.raw, strings.localized(referral.stage.title)))
    }
    guard allowedSteps(for: referral, in: state).isEmpty else { return nil }
    return PaneFormRefusal(message: waitingMessage(for: referral, in: state))
  }

  /// Who must act on the referral next, and what they must do.
  static func waitingMessage(for referral: Referral, in state: AppState) -> String {
    let strings = state.strings
    guard let next = ReferralStep.candidates(for: referral).first else {
      return strings.format(.referralStepNoStep, referral.id.raw)
    }
    let actors = StaffRole.allCases.filter { next.roles.contains($0) }
      .map { TopBarView.roleName($0, strings) }
    return strings.format(
      .referralStepNotYours, referral.id.raw,
      actors.joined(separator: strings[.caseStepRoleSeparator]), strings[next.titleKey])
  }

  /// The read-only line naming a referral (id, kind, case and enterprise) with its stage
  /// under it.
  static func referralLineField(_ referral: Referral, in state: AppState) -> FormField {
    let strings = state.strings
    let number = state.domain.cases[referral.caseID]?.displayNumber ?? referral.caseID.raw
    let line = [
      referral.id.raw, strings.localized(referral.kind.title), number,
      CaseStepForm.enterpriseName(referral.enterprise, in: state),
    ].joined(separator: " ")
    return FormField(
      id: referralField, label: strings[.referralStepFieldReferral],
      kind: .text(TextFieldState(text: line)), isEditable: false,
      hint: strings.localized(referral.stage.title))
  }

  /// The form of a step: the referral line, the step choice, then the step's own fields.
  static func formState(
    _ step: ReferralStep, of referral: Referral, steps: [ReferralStep], choice: Int? = nil,
    carrying carried: [String: FormField.Kind], in state: AppState
  ) -> FormState {
    let strings = state.strings
    let titles = steps.map { strings[$0.titleKey] }
    var fields = [
      referralLineField(referral, in: state),
      FormField(
        id: stepField, label: strings[.caseStepFieldStep],
        kind: .choice(
          PickListState(
            options: titles, value: strings[step.titleKey],
            placeholder: strings[.formFilterPlaceholder])),
        isEditable: steps.count > 1),
    ]
    if let kind = carried[stepField], CaseStepForm.sameKind(kind, fields[1].kind) {
      fields[1].kind = kind
    }
    var own = stepFields(step, of: referral, choice: choice, in: state)
    for index in own.indices where own[index].isEditable {
      if let kind = carried[own[index].id], CaseStepForm.sameKind(kind, own[index].kind) {
        own[index].kind = kind
      }
    }
    fields += own
    var form = FormState(
      title: strings.format(.referralStepTitle, strings[step.titleKey], referral.id.raw),
      fields: fields, yesText: strings[.yes], noText: strings[.no])
    if step == .documents {
      var pane = PaneForm(purpose: .referralStep(referral.id, step), form: form)
      updateMissing(in: &pane, referral: referral, state: state)
      form = pane.form
    }
    return form
  }
}
