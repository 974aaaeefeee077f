import CaseDeskDomain
import TerminalUI

/// The social supervisor forms of a case: inviting a supervisor to the review, and recording
/// an invited supervisor's opinion.
///
/// The invitation offers the supervisors serving today (name and organisation); the opinion
/// form offers the invited supervisors whose opinion is awaited (only themselves to a
/// supervisor). The domain checks the role, the stage, the term and duplicates, and its
/// refusals show in the form.
enum SupervisorForm: PaneFormKind {
  /// The read-only line naming the case.
  static let caseField = "case"
  /// The choice of supervisor.
  static let supervisorField = "supervisor"
  /// The opinion's text (the domain's problem field).
  static let opinionField = "supervisor.opinion"

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    let strings = state.strings
    guard let id = caseID(of: purpose), let record = state.domain.cases[id] else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let choices = candidates(purpose, of: record, in: state)
    let chosen: SupervisorID?
    if case .inviteSupervisor = purpose {
      guard !choices.isEmpty else {
        return .failure(PaneFormRefusal(message: strings[.supervisorNoneServing]))
      }
      chosen = choices.first { candidate in
        !record.supervisors.contains { $0.supervisor == candidate }
      }
      if let chosen, let refusal = refusal(.inviteSupervisor(id, chosen), in: state) {
        return .failure(refusal)
      }
    } else {
      guard let first = choices.first else {
        return .failure(
          PaneFormRefusal(message: strings.format(.supervisorNoneWaiting, record.displayNumber)))
      }
      if let refusal = refusal(.addSupervisorOpinion(id, first, opinion: "-"), in: state) {
        return .failure(refusal)
      }
      chosen = first
    }
    var form = PaneForm(
      purpose: purpose,
      form: formState(purpose, of: record, choices: choices, chosen: chosen, in: state))
    fieldChanged(supervisorField, in: &form, state: state)
    return .success(form)
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    let strings = state.strings
    guard let id = caseID(of: form.purpose), let record = state.domain.cases[id] else {
      return .problems(["": strings[.nothingSelected]])
    }
    guard let supervisor = chosen(in: form, of: record, state: state) else {
      return .problems([supervisorField: strings[.supervisorNotChosen]])
    }
    if case .inviteSupervisor = form.purpose {
      return .command(.enforcementCase(.inviteSupervisor(id, supervisor)))
    }
    return .command(
      .enforcementCase(
        .addSupervisorOpinion(id, supervisor, opinion: form.value(opinionField).trimmingSpaces)))
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    form.form[field] != nil ? field : nil
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let strings = state.strings
    guard let id = caseID(of: form.purpose), let record = state.domain.cases[id] else {
      return strings[.paneFormReady]
    }
    let name = form.value(supervisorField)
    if case .inviteSupervisor = form.purpose {
      return strings.format(.supervisorInvited, name, record.displayNumber)
    }
    return strings.format(.supervisorOpinionSaved, name, record.displayNumber)
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    guard id == supervisorField, case .inviteSupervisor(let caseID) = form.purpose,
      let record = state.domain.cases[caseID],
      let index = form.form.index(of: supervisorField)
    else { return }
    let strings = state.strings
    var hint: String?
    if let chosen = chosen(in: form, of: record, state: state) {
      if let invited = record.supervisors.first(where: { $0.supervisor == chosen }) {
        let day = invited.invited.time.day(utcOffset: state.domain.settings.utcOffset)
        hint = strings.format(.supervisorInvitedHint, day.description)
      } else if let member = state.domain.supervisors[chosen] {
        hint = strings.format(
          .supervisorTermHint, member.termFrom.description, member.termTo.description)
      }
    }
    form.form.fields[index].hint = hint
  }

  // MARK: - Choices

  /// The case a purpose acts on, or nil for another form's purpose.
  static func caseID(of purpose: PaneFormPurpose) -> CaseID? {
    switch purpose {
    case .inviteSupervisor(let id), .supervisorOpinion(let id): return id
    default: return nil
    }
  }

  /// The supervisors the form offers, in the pick list's order.
  static func candidates(
    _ purpose: PaneFormPurpose, of record: EnforcementCase, in state: AppState
  ) -> [SupervisorID] {
    if case .inviteSupervisor = purpose { return CaseSupervisor.serving(in: state).map(\.id) }
    return CaseSupervisor.awaitingOpinion(record, in: state)
  }

  /// The supervisor whose label the pick list shows, or nil when none is chosen.
  ///
  /// An invitation looks in the whole register, so that a supervisor whose term ended while
  /// the form was open gets the domain's refusal rather than a vanished choice.
  static func chosen(in form: PaneForm, of record: EnforcementCase, state: AppState)
    -> SupervisorID?
  {
    let value = form.value(supervisorField)
    let known: [SupervisorID]
    if case .inviteSupervisor = form.purpose {
      known = state.domain.supervisors.keys.sorted()
    } else {
      known = candidates(form.purpose, of: record, in: state)
    }
    return known.first { CaseSupervisor.label($0, in: state) == value }
  }

  /// What the domain says of a harmless command the form could make, or nil when it allows it.
  static func refusal(_ command: CaseCommand, in state: AppState) -> PaneFormRefusal? {
    do {
      _ = try Domain.execute(
        .enforcementCase(command), by: state.actor, at: state.now, in: state.domain)
      return nil
    } catch {
      return PaneFormRefusal(message: state.strings.localized(error.message))
    }
  }

  // MARK: - Fields

  /// The form: the case line, the supervisor, and (for an opinion) its text.
  static func formState(
    _ purpose: PaneFormPurpose, of record: EnforcementCase, choices: [SupervisorID],
    chosen: SupervisorID?, in state: AppState
  ) -> FormState {
    let strings = state.strings
    let isInvitation: Bool
    if case .inviteSupervisor = purpose { isInvitation = true } else { isInvitation = false }
    let isOwn =
      !isInvitation
      && CaseSupervisor.supervisor(of: StaffID(state.operatorInfo.id), in: state.domain) != nil
    var fields = [
      CaseStepForm.caseLineField(
        record, id: caseField, label: strings[.supervisorFieldCase], in: state),
      FormField(
        id: supervisorField, label: strings[.supervisorFieldSupervisor],
        kind: .choice(
          PickListState(
            options: choices.map { CaseSupervisor.label($0, in: state) },
            value: chosen.map { CaseSupervisor.label($0, in: state) } ?? "",
            placeholder: strings[.supervisorPlaceholder])),
        isRequired: true, isEditable: isInvitation || choices.count > 1,
        hint: isInvitation ? nil : strings[isOwn ? .supervisorOwnHint : .supervisorOnBehalfHint]),
    ]
    if !isInvitation {
      fields.append(
        FormField(
          id: opinionField, label: strings[.supervisorFieldOpinion],
          kind: .text(TextFieldState()), isRequired: true))
    }
    let title = isInvitation ? StringKey.supervisorInviteTitle : .supervisorOpinionTitle
    return FormState(
      title: strings.format(title, record.displayNumber), fields: fields,
      yesText: strings[.yes], noText: strings[.no])
  }
}
