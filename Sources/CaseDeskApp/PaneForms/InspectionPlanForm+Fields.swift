import CaseDeskDomain
import TerminalUI

extension InspectionPlanForm {
  /// The fields as the form opens: a routine plan for today, off site at a listed enterprise,
  /// with the operator as the first officer when the operator is one.
  static func initialFields(for enterprise: Enterprise, in state: AppState) -> [FormField] {
    let strings = state.strings
    let listed = state.domain.positiveList[enterprise.id]?.status == .listed
    let officers = officerOptions(in: state)
    let me = StaffID(state.operatorInfo.id)
    let firstOfficer = officers.first { staffID(from: $0, in: state) == me } ?? ""
    let today = state.now.day(utcOffset: state.domain.settings.utcOffset)
    func choice(_ options: [String], _ value: String, free: Bool = false) -> FormField.Kind {
      .choice(
        PickListState(
          options: options, value: value, allowsFreeEntry: free,
          placeholder: strings[.formFilterPlaceholder]))
    }
    let kinds = Inspection.Kind.allCases.map { strings.localized($0.title) }
    let modes = Inspection.Mode.allCases.map { strings.localized($0.title) }
    let mode: Inspection.Mode = listed ? .offSite : .onSite
    let reasons = ReasonChoice.allCases.map { strings[$0.labelKey] }
    return [
      FormField(
        id: Field.enterprise.rawValue, label: strings[.planFieldEnterprise],
        kind: .text(TextFieldState(text: enterprise.name)), isEditable: false),
      FormField(
        id: Field.kind.rawValue, label: strings[.planFieldKind],
        kind: choice(kinds, strings.localized(Inspection.Kind.routine.title)), isRequired: true),
      FormField(
        id: Field.mode.rawValue, label: strings[.planFieldMode],
        kind: choice(modes, strings.localized(mode.title)), isRequired: true),
      FormField(
        id: Field.plannedOn.rawValue, label: strings[.planFieldPlannedOn],
        kind: .text(TextFieldState(text: today.description)), isRequired: true,
        hint: strings[.planDayHint]),
      FormField(
        id: Field.officer1.rawValue, label: strings[.planFieldOfficer1],
        kind: choice(officers, firstOfficer, free: true), isRequired: true,
        hint: strings[.planOfficerHint]),
      FormField(
        id: Field.officer2.rawValue, label: strings[.planFieldOfficer2],
        kind: choice(officers, "", free: true), isRequired: true),
      FormField(
        id: Field.moreOfficers.rawValue, label: strings[.planFieldMoreOfficers],
        kind: .text(TextFieldState()), hint: strings[.planMoreOfficersHint]),
      FormField(
        id: Field.reason.rawValue, label: strings[.planFieldReason],
        kind: choice(reasons, strings[ReasonChoice.none.labelKey])),
      FormField(
        id: Field.reference.rawValue, label: strings[.planFieldReference],
        kind: .text(TextFieldState())),
    ]
  }

  /// The active officers as the officer lists offer them: id, then name.
  static func officerOptions(in state: AppState) -> [String] {
    state.domain.staff.values
      .filter { $0.isActive && $0.roles.contains(.officer) }
      .sorted { $0.id < $1.id }
      .map { $0.id.raw + " " + $0.name }
  }

  /// The enterprise's open clues as the reference list offers them: id, then the facts.
  static func clueOptions(for enterprise: EnterpriseID, in state: AppState) -> [String] {
    state.domain.clues.values
      .filter { $0.isOpen && $0.enterprise == enterprise }
      .sorted { $0.id < $1.id }
      .map { clue in
        let facts = clue.facts.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return facts.isEmpty ? clue.id.raw : clue.id.raw + " " + facts
      }
  }

  /// Makes the reference field fit the reason: a list of open clues, a line of text, or
  /// nothing to fill in.
  static func updateReference(in form: inout PaneForm, state: AppState) {
    guard let index = form.form.index(of: Field.reference.rawValue) else { return }
    let strings = state.strings
    let reason = reasonChoice(of: form)
    var field = form.form.fields[index]
    let previous = field.value
    let wasChoice: Bool
    if case .choice = field.kind { wasChoice = true } else { wasChoice = false }
    switch reason {
    case .clue:
      let clues = clueOptions(for: form.purpose.enterprise, in: state)
      field.kind = .choice(
        PickListState(
          options: clues, value: wasChoice ? previous : (clues.count == 1 ? clues[0] : ""),
          allowsFreeEntry: true, placeholder: strings[.formFilterPlaceholder]))
      field.hint = strings[clues.isEmpty ? .planNoOpenClues : .planClueHint]
    case .complaint, .randomSampling:
      field.kind = .text(TextFieldState(text: wasChoice ? "" : previous))
      field.hint = strings[reason == .complaint ? .planComplaintHint : .planRandomHint]
    case .none:
      field.kind = .text(TextFieldState())
      field.hint = strings[.planReferenceUnused]
    }
    field.isEditable = reason != .none
    field.isRequired = reason != .none
    if !field.isEditable { field.error = nil }
    form.form.fields[index] = field
  }

  /// Sets a choice field to one of its options.
  static func setChoice(_ id: Field, index: Int, in form: inout PaneForm) {
    guard let position = form.form.index(of: id.rawValue),
      case .choice(var list) = form.form.fields[position].kind,
      list.options.indices.contains(index)
    else { return }
    list.value = list.options[index]
    form.form.fields[position].kind = .choice(list)
  }
}
