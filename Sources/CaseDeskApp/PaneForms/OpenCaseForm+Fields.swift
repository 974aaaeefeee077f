import CaseDeskDomain
import TerminalUI

extension OpenCaseForm {
  /// One source the form offers: its label in the list, the source, and the note under it.
  struct SourceChoice {
    var label: String
    var source: CaseSource
    var hint: String?
  }

  /// The fields as the form opens: the enterprise (empty unless given), the source, the
  /// note of another source, the violation, the basis, and today as the conduct day.
  static func initialFields(_ enterprise: Enterprise?, in state: AppState) -> [FormField] {
    let strings = state.strings
    let today = state.now.day(utcOffset: state.domain.settings.utcOffset)
    return [
      FormField(
        id: Field.enterprise.rawValue, label: strings[.openCaseFieldEnterprise],
        kind: .choice(
          PickListState(
            options: enterpriseOptions(in: state), value: enterprise.map(label) ?? "",
            placeholder: strings[.formFilterPlaceholder])),
        isRequired: true, hint: strings[.openCaseEnterpriseHint]),
      FormField(
        id: Field.source.rawValue, label: strings[.openCaseFieldSource],
        kind: .choice(PickListState(options: [], placeholder: strings[.formFilterPlaceholder])),
        isRequired: true),
      FormField(
        id: Field.sourceNote.rawValue, label: strings[.openCaseFieldSourceNote],
        kind: .text(TextFieldState())),
      FormField(
        id: Field.violation.rawValue, label: strings[.openCaseFieldViolation],
        kind: .text(TextFieldState()), isRequired: true),
      FormField(
        id: Field.legalBasis.rawValue, label: strings[.openCaseFieldLegalBasis],
        kind: .text(TextFieldState()), isRequired: true),
      FormField(
        id: Field.conductOn.rawValue, label: strings[.openCaseFieldConductOn],
        kind: .text(TextFieldState(text: today.description)), isRequired: true,
        hint: strings[.openCaseDayHint]),
    ]
  }

  // MARK: - The enterprise

  /// An enterprise as the list offers it: its name, then its credit code.
  static func label(_ enterprise: Enterprise) -> String {
    enterprise.name + " " + enterprise.uscc
  }

  /// The register as the enterprise list offers it, by name.
  static func enterpriseOptions(in state: AppState) -> [String] {
    state.domain.enterprises.values
      .sorted { ($0.name, $0.uscc) < ($1.name, $1.uscc) }
      .map(label)
  }

  /// The enterprise chosen: the credit code that ends the list's value, if registered.
  static func enterpriseID(of form: PaneForm, in state: AppState) -> EnterpriseID? {
    let value = form.value(Field.enterprise.rawValue)
    guard let code = value.split(whereSeparator: \.isWhitespace).last else { return nil }
    let id = EnterpriseID(String(code))
    return state.domain.enterprises[id] != nil ? id : nil
  }

  // MARK: - The source

  /// The sources an enterprise's case may come from: its clues that may still become a case
  /// (newest first), its approved inspections (newest first), then another source.
  ///
  /// Clues naming no enterprise are not offered: the Clues pane gives them one first (by
  /// converting to an inspection of the enterprise), so that the record stays consistent.
  static func sourceChoices(for enterprise: EnterpriseID?, in state: AppState) -> [SourceChoice] {
    let strings = state.strings
    let offset = state.domain.settings.utcOffset
    var choices: [SourceChoice] = []
    if let enterprise {
      let clues = state.domain.clues.values
        .filter { $0.enterprise == enterprise && $0.canConvertToCase }
        .sorted { ($0.receivedAt, $0.id) > ($1.receivedAt, $1.id) }
      for clue in clues {
        let received = clue.receivedAt.day(utcOffset: offset).description
        let facts = clue.facts.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        choices.append(
          SourceChoice(
            label: strings.format(
              .openCaseClueOption, clue.id.raw, received, strings.localized(clue.source.title),
              facts),
            source: .clue(clue.id), hint: clueHint(clue, in: state)))
      }
      let inspections = state.domain.inspections.values
        .filter { $0.enterprise == enterprise && $0.acceptsCaseOpening }
        .sorted { ($0.plannedOn, $0.id) > ($1.plannedOn, $1.id) }
      for inspection in inspections {
        choices.append(
          SourceChoice(
            label: strings.format(
              .openCaseInspectionOption, inspection.id.raw, inspection.plannedOn.description,
              strings.localized(inspection.kind.title)),
            source: .inspection(inspection.id), hint: nil))
      }
    }
    let otherHint = strings[choices.isEmpty ? .openCaseNoClues : .openCaseOtherHint]
    choices.append(
      SourceChoice(
        label: strings[.openCaseSourceOther], source: .other(""), hint: otherHint))
    return choices
  }

  /// The filing-decision clock of a clue: received on, decide by.
  static func clueHint(_ clue: Clue, in state: AppState) -> String {
    let offset = state.domain.settings.utcOffset
    let received = clue.receivedAt.day(utcOffset: offset).description
    let rule =
      state.domain.settings.clocks[.clueFilingDecision]
      ?? ClockTable.standard[.clueFilingDecision]
    guard let rule else { return received }
    let due = LegalClock.due(
      rule, start: clue.receivedAt, extensionsGranted: clue.filingExtension == nil ? 0 : 1,
      calendar: state.domain.calendar, utcOffset: offset)
    guard case .endOfDay(let day) = due else { return received }
    return state.strings.format(.openCaseClueHint, received, day.description)
  }

  /// The source chosen (another source carries the note), or nil when the value is none of
  /// the offered ones.
  static func chosenSource(of form: PaneForm, in state: AppState) -> CaseSource? {
    let value = form.value(Field.source.rawValue)
    let choices = sourceChoices(for: enterpriseID(of: form, in: state), in: state)
    guard let choice = choices.first(where: { $0.label == value }) else { return nil }
    if case .other = choice.source {
      return .other(form.value(Field.sourceNote.rawValue).trimmingSpaces)
    }
    return choice.source
  }

  /// Offers the chosen enterprise's sources (choosing the first when asked, or when the value
  /// is gone), and makes the note field fit the source.
  static func updateSources(in form: inout PaneForm, state: AppState, choosingFirst: Bool) {
    guard let index = form.form.index(of: Field.source.rawValue),
      case .choice(var list) = form.form.fields[index].kind
    else { return }
    let choices = sourceChoices(for: enterpriseID(of: form, in: state), in: state)
    list.options = choices.map(\.label)
    if choosingFirst || !list.options.contains(list.value) {
      list.value = list.options.first ?? ""
    }
    form.form.fields[index].kind = .choice(list)
    let chosen = choices.first { $0.label == list.value }
    form.form.fields[index].hint = chosen?.hint
    guard let noteIndex = form.form.index(of: Field.sourceNote.rawValue) else { return }
    var isOther = false
    if case .other? = chosen?.source { isOther = true }
    form.form.fields[noteIndex].isEditable = isOther
    form.form.fields[noteIndex].isRequired = isOther
    form.form.fields[noteIndex].hint = isOther ? nil : state.strings[.openCaseNoteUnused]
    if !isOther {
      form.form.fields[noteIndex].kind = .text(TextFieldState())
      form.form.fields[noteIndex].error = nil
    }
  }
}
