import CaseDeskDomain
import TerminalUI

/// The form that drafts a referral to the police: its case, kind, statutory ground (the crime
/// threshold with its figures, or the article 63 situation), the persons responsible and the
/// documents checklist of its kind.
///
/// Saving drafts the referral and ticks every document given a number, as one change (all
/// or none); the referrals pane then selects the new referral.
enum ReferralDraftForm: PaneFormKind {
  static let caseField = "case"
  static let kindField = "referral.kind"
  static let groundField = "referral.ground"
  static let thresholdField = "referral.threshold"
  static let tonnesField = "referral.tonnes"
  static let metalField = "referral.metal"
  static let measuredField = "referral.measured"
  static let standardField = "referral.standard"
  static let situationField = "referral.situation"
  static let personsField = "referral.responsiblePersons"

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    guard case .draftReferral(let caseID) = purpose else {
      return .failure(PaneFormRefusal(message: state.strings[.nothingSelected]))
    }
    if let caseID {
      guard let record = state.domain.cases[caseID] else {
        return .failure(PaneFormRefusal(message: state.strings[.nothingSelected]))
      }
      if record.isArchived {
        return .failure(
          PaneFormRefusal(
            message: state.strings.format(.caseStepArchived, record.displayNumber)))
      }
    }
    var form = PaneForm(
      purpose: purpose, form: formState(purpose, carrying: [:], in: state))
    refreshNotes(in: &form, state: state)
    return .success(form)
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    var reader = ReferralDraftValues(form: form, state: state)
    let commands = reader.commands()
    guard reader.problems.isEmpty, !commands.isEmpty else { return .problems(reader.problems) }
    return .commands(commands.map { .referral($0) })
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    if field.hasPrefix("referral.facts") {
      return form.form[tonnesField] != nil ? tonnesField : measuredField
    }
    if field == "document.number" { return nil }
    return form.form[field] != nil ? field : nil
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    guard let referral = drafted(by: form, in: state) else {
      return state.strings[.caseStepSavedPlain]
    }
    let number = state.domain.cases[referral.caseID]?.displayNumber ?? referral.caseID.raw
    return state.strings.format(.referralDraftSaved, referral.id.raw, number)
  }

  static func didSave(_ form: PaneForm, in state: inout AppState) {
    guard let referral = drafted(by: form, in: state) else { return }
    ReferralsPane.focus(referral.id, in: &state)
  }

  static func fieldChanged(_ id: String, in form: inout PaneForm, state: AppState) {
    if id == kindField || id == thresholdField || id == caseField {
      var carried: [String: FormField.Kind] = [:]
      for field in form.form.fields where field.isEditable { carried[field.id] = field.kind }
      let touched = form.touched
      let initial = form.initialValues
      form = PaneForm(
        purpose: form.purpose, form: formState(form.purpose, carrying: carried, in: state))
      form.touched = touched
      form.initialValues = initial
      form.form.focus(id)
    }
    refreshNotes(in: &form, state: state)
  }

  /// The open referral the saved form drafted: the newest of its kind on its case.
  static func drafted(by form: PaneForm, in state: AppState) -> Referral? {
    let reader = ReferralDraftValues(form: form, state: state)
    guard let caseID = reader.caseID() else { return nil }
    let kind = reader.kind
    return state.domain.referrals.values.filter { $0.caseID == caseID && $0.kind == kind }
      .max { ($0.drafted.time, $0.id.raw) < ($1.drafted.time, $1.id.raw) }
  }

  /// Whether the case's next step for the operator is drafting its crime referral: the legal
  /// review found one needed, none is drafted (or all were cancelled), the case is undecided,
  /// and the operator is an officer (who drafts referrals).
  static func isDue(for record: EnforcementCase, in state: AppState) -> Bool {
    guard record.crimeReferralFound, record.decision == nil, !record.isArchived,
      CaseStepForm.roles(in: state).contains(.officer)
    else { return false }
    return !state.domain.referrals.values.contains {
      $0.caseID == record.id && $0.kind == .crime && $0.stage != .cancelled
    }
  }

  // MARK: - Fields

  /// The form for the purpose with the values carried over from the one it replaces.
  static func formState(
    _ purpose: PaneFormPurpose, carrying carried: [String: FormField.Kind], in state: AppState
  ) -> FormState {
    let strings = state.strings
    let make = CaseStepFieldMaker(strings: strings, today: CaseStepForm.today(in: state))
    var fields: [FormField] = []
    var record: EnforcementCase?
    if case .draftReferral(let caseID?) = purpose, let known = state.domain.cases[caseID] {
      record = known
      fields.append(
        CaseStepForm.caseLineField(
          known, id: caseField, label: strings[.referralDraftFieldCase], in: state))
    } else {
      let options = caseOptions(in: state)
      fields.append(make.choice(caseField, .referralDraftFieldCase, options, "", free: true))
      if case .choice(let list)? = carried[caseField] {
        record = ReferralDraftValues.findCase(list.value, in: state)
      }
    }
    let kinds = ReferralKind.allCases.map { strings.localized($0.title) }
    var kindChoice = make.choice(kindField, .referralDraftFieldKind, kinds, kinds[0])
    if let kind = carried[kindField], CaseStepForm.sameKind(kind, kindChoice.kind) {
      kindChoice.kind = kind
    }
    fields.append(kindChoice)
    let kind = ReferralKind.allCases[safeIndex: kinds.firstIndex(of: kindChoice.value)] ?? .crime
    fields += groundFields(kind, record: record, carrying: carried, make: make)
    fields.append(
      make.text(personsField, .referralDraftFieldPersons, hint: .referralDraftPersonsHint))
    let required = requiredDocuments(kind, record: record)
    fields += ReferralStepForm.documentFields(
      kind: kind, required: required, numbers: [:], in: state)
    for index in fields.indices {
      // An empty ground takes the newly chosen case's violation.
      if fields[index].id == groundField, case .text(let text)? = carried[groundField],
        text.text.isEmpty
      {
        continue
      }
      if let value = carried[fields[index].id], fields[index].isEditable,
        fields[index].id != kindField,
        CaseStepForm.sameKind(value, fields[index].kind)
      {
        fields[index].kind = value
      }
    }
    let title = record?.displayNumber ?? strings[.referralDraftNoCase]
    return FormState(
      title: strings.format(.referralDraftTitle, title), fields: fields,
      yesText: strings[.yes], noText: strings[.no])
  }

  /// The ground's fields of a kind: the crime's description, threshold and figures, or the
  /// article 63 situation.
  static func groundFields(
    _ kind: ReferralKind, record: EnforcementCase?, carrying carried: [String: FormField.Kind],
    make: CaseStepFieldMaker
  ) -> [FormField] {
    let strings = make.strings
    switch kind {
    case .detention:
      let options = ReferralDraftValues.situations.map { strings.localized($0.title) }
      return [make.choice(situationField, .referralDraftFieldSituation, options, options[0])]
    case .crime:
      let thresholds = [
        strings[.referralDraftThresholdNone], strings[.referralDraftThresholdWaste],
        strings[.referralDraftThresholdMetal],
      ]
      var threshold = make.choice(
        thresholdField, .referralDraftFieldThreshold, thresholds, thresholds[0])
      if let value = carried[thresholdField], CaseStepForm.sameKind(value, threshold.kind) {
        threshold.kind = value
      }
      var fields = [
        make.text(groundField, .referralDraftFieldGround, value: record?.violation ?? ""),
        threshold,
      ]
      switch thresholds.firstIndex(of: threshold.value) ?? 0 {
      case 1: fields.append(make.text(tonnesField, .referralDraftFieldTonnes))
      case 2:
        let metals = HeavyMetal.allCases.map(ReferralDraftValues.metalOption)
        fields += [
          make.choice(metalField, .referralDraftFieldMetal, metals, metals[0]),
          make.text(measuredField, .referralDraftFieldMeasured),
          make.text(standardField, .referralDraftFieldStandard),
        ]
      default: break
      }
      return fields
    }
  }

  /// The documents a new referral of a kind on the case must hold: the kind's list, plus the
  /// penalty decision for a crime referral whose case has one.
  static func requiredDocuments(_ kind: ReferralKind, record: EnforcementCase?)
    -> [ReferralDocument]
  {
    var documents = kind.requiredDocuments
    if kind == .crime, record?.decision?.decision.kind.imposesPenalty ?? false {
      documents.append(.penaltyDecision)
    }
    return documents
  }

  /// The filed, open cases as the case field offers them: number, then enterprise.
  static func caseOptions(in state: AppState) -> [String] {
    state.domain.cases.values
      .filter { $0.number != nil && !$0.isArchived && $0.stage != .withdrawn }
      .sorted { $0.displayNumber < $1.displayNumber }
      .map { $0.displayNumber + " " + CaseStepForm.enterpriseName($0.enterprise, in: state) }
  }

  /// Updates the notes that follow the values: whether the figures meet a threshold, and
  /// which required documents are missing.
  static func refreshNotes(in form: inout PaneForm, state: AppState) {
    let strings = state.strings
    let reader = ReferralDraftValues(form: form, state: state)
    if let index = form.form.index(of: thresholdField) {
      let met = CrimeThreshold.met(by: reader.facts())
      form.form.fields[index].hint =
        reader.facts().isEmpty
        ? nil
        : met.isEmpty
          ? strings[.referralDraftThresholdNotMet]
          : strings.format(
            .referralDraftThresholdMet,
            met.map { strings.localized($0.threshold) }.joined(
              separator: strings[.caseDetailSeparator]))
    }
    let record = reader.caseID().flatMap { state.domain.cases[$0] }
    ReferralStepForm.setMissing(
      in: &form, required: requiredDocuments(reader.kind, record: record), strings: strings)
  }
}

extension Array {
  /// The element at an index, or nil when the index is nil or outside the array.
  fileprivate subscript(safeIndex index: Int?) -> Element? {
    guard let index, indices.contains(index) else { return nil }
    return self[index]
  }
}
