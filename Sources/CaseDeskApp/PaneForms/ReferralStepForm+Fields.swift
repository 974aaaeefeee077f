import CaseDeskDomain
import TerminalUI

extension ReferralStepForm {
  /// The step's own fields as the form opens, filled from the record where it knows the value.
  ///
  /// The police decision and the reconsideration answer show the fields their chosen option
  /// needs (`choice`, the option's position; the first when nil): the days of detention only
  /// for detention decided, and the reasons marked required where the rules require them.
  static func stepFields(
    _ step: ReferralStep, of referral: Referral, choice: Int? = nil, in state: AppState
  )
    -> [FormField]
  {
    let make = CaseStepFieldMaker(strings: state.strings, today: CaseStepForm.today(in: state))
    let now = HistoryView.localTime(state.now, utcOffset: state.domain.settings.utcOffset)
    switch step {
    case .documents:
      return documentFields(
        kind: referral.kind, required: state.domain.requiredDocuments(ofReferral: referral.id),
        numbers: referral.documents, in: state)
    case .approve, .close:
      if step == .close {
        return [make.text("closing.note", .referralStepFieldNote, required: false)]
      }
      return []
    case .handOver:
      var fields = [
        make.text("handOver.policeUnit", .referralStepFieldPoliceUnit),
        time("handOver.at", .referralStepFieldHandOverAt, now, make),
      ]
      if referral.kind == .crime {
        fields.append(make.text("handOver.procuratorateCopy", .referralStepFieldProcuratorate))
      }
      return fields
    case .recordReceipt:
      return [
        time("receipt.at", .referralStepFieldReceivedAt, now, make),
        make.text("receipt.number", .referralStepFieldReceiptNumber),
      ]
    case .requestMaterial:
      return [
        time("materialRequest.at", .referralStepFieldRequestedAt, now, make),
        make.text("materialRequest.items", .referralStepFieldItems),
      ]
    case .supplyMaterial:
      return [make.text("materialSupply.note", .referralStepFieldNote)]
    case .policeDecision:
      let options = ReferralStepValues.decisions(for: referral.kind).map {
        ReferralStepValues.title(of: $0, strings: state.strings)
      }
      let chosen = min(max(0, choice ?? 0), options.count - 1)
      var fields = [
        make.choice(
          ReferralStepValues.decisionField, .referralStepFieldDecision, options, options[chosen]),
        make.text(
          "policeDecision.reasons", .referralStepFieldReasons,
          required: referral.kind == .crime && chosen == 1),
      ]
      if referral.kind == .detention, chosen == 0 {
        fields += [
          make.text("policeDecision.days", .referralStepFieldDays),
          make.toggle("policeDecision.lessSerious", .referralStepFieldLessSerious),
        ]
      }
      return fields + [make.day("policeDecision.decidedOn", .referralStepFieldDecidedOn)]
    case .refusalReasons:
      return [make.text("policeDecision.reasons", .referralStepFieldReasons)]
    case .requestReconsideration:
      return [make.text("reconsideration.grounds", .referralStepFieldGrounds)]
    case .recordAnswer:
      let options = [
        state.strings[.referralStepAnswerUpheld], state.strings[.referralStepAnswerReversed],
      ]
      let chosen = min(max(0, choice ?? 0), options.count - 1)
      var fields = [
        make.choice(
          ReferralStepValues.answerField, .referralStepFieldAnswer, options, options[chosen]),
        make.text("reconsideration.reasons", .referralStepFieldReasons, required: chosen == 0),
      ]
      if referral.kind == .detention, chosen == 1 {
        fields += [
          make.text("reconsideration.days", .referralStepFieldDays),
          make.toggle("reconsideration.lessSerious", .referralStepFieldLessSerious),
        ]
      }
      return fields
    case .requestSupervision:
      return [make.text("supervision.note", .referralStepFieldNote)]
    case .cancel:
      return [make.text("cancellation.reason", .referralStepFieldReason)]
    }
  }

  /// A moment as `YYYY-MM-DD HH:MM`, filled with a default.
  static func time(_ id: String, _ label: StringKey, _ value: String, _ make: CaseStepFieldMaker)
    -> FormField
  {
    FormField(
      id: id, label: make.strings[label], kind: .text(TextFieldState(text: value)),
      isRequired: true, hint: make.strings[.referralStepTimeHint])
  }

  /// The read-only line of what is missing, then the package's documents, the kind's required
  /// ones first (marked required), each a text field holding its document number.
  static func documentFields(
    kind: ReferralKind, required: [ReferralDocument], numbers: [ReferralDocument: String],
    in state: AppState
  ) -> [FormField] {
    let strings = state.strings
    var documents = required
    for document in kind.requiredDocuments + kind.optionalDocuments
    where !documents.contains(document) {
      documents.append(document)
    }
    let missing = FormField(
      id: ReferralStepValues.missingField, label: strings[.referralStepFieldMissing],
      kind: .text(TextFieldState(text: "")), isEditable: false)
    var fields = documents.map { document in
      FormField(
        id: ReferralStepValues.documentPrefix + document.rawValue,
        label: sentenceCase(strings.localized(document.title)),
        kind: .text(TextFieldState(text: numbers[document] ?? "")),
        isRequired: required.contains(document))
    }
    if let first = fields.indices.first { fields[first].hint = strings[.referralStepDocumentHint] }
    return [missing] + fields
  }

  /// A document's title as a field label: its first letter upper-case, as the other labels
  /// are (Chinese titles are unchanged).
  static func sentenceCase(_ title: String) -> String {
    guard let first = title.first else { return title }
    return first.uppercased() + title.dropFirst()
  }

  /// Shows on the package line which required documents have no number yet.
  static func updateMissing(in form: inout PaneForm, referral: Referral, state: AppState) {
    let required = state.domain.requiredDocuments(ofReferral: referral.id)
    setMissing(in: &form, required: required, strings: state.strings)
  }

  /// Writes the missing required documents (those whose field is empty) on the package line.
  static func setMissing(
    in form: inout PaneForm, required: [ReferralDocument], strings: Strings
  ) {
    let missing = required.filter {
      form.text(ReferralStepValues.documentPrefix + $0.rawValue)
        .isEmpty
    }
    let text =
      missing.isEmpty
      ? strings[.referralStepComplete]
      : strings.format(
        .referralStepMissing,
        missing.map { strings.localized($0.title) }.joined(separator: strings[.caseDetailSeparator])
      )
    guard let index = form.form.index(of: ReferralStepValues.missingField) else { return }
    form.form.fields[index].kind = .text(TextFieldState(text: text))
    form.initialValues[ReferralStepValues.missingField] = text
  }
}
