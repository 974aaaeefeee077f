import CaseDeskDomain
import TerminalUI

/// The admission form of the positive list (and the approver's approve and reject forms).
///
/// Each criterion is a read-only line with its finding and the evidence found in the
/// workspace; the domain decides whether the admission goes through, and the form shows its
/// answer as the values change.
enum AdmissionForm: PaneFormKind {
  /// The ids of the form's own fields.
  enum FieldID {
    static let confirmUnknowns = "confirmUnknowns"
    static let nextReview = "nextReview"
    static let note = "note"
    static let reason = "reason"
    static let proposal = "proposal"
    static let criterionPrefix = "criterion."
  }

  static func open(_ purpose: PaneFormPurpose, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    switch purpose {
    case .admit(let id): return openAdmission(id, in: state)
    case .approveAdmission(let id), .rejectAdmission(let id):
      return openDecision(purpose, of: id, in: state)
    default:
      return .failure(PaneFormRefusal(message: state.strings[.paneNotBuilt]))
    }
  }

  static func outcome(of form: PaneForm, in state: AppState) -> PaneFormOutcome {
    switch form.purpose {
    case .admit(let id):
      let text = form.value(FieldID.nextReview).filter { !$0.isWhitespace }
      var nextReview: Day?
      if !text.isEmpty {
        guard let day = Day(text) else {
          return .problems([FieldID.nextReview: state.strings[.admissionBadDay]])
        }
        nextReview = day
      }
      let request = AdmissionRequest(
        enterprise: id, facts: PositiveListEntry.EnforcementFacts(),
        confirmUnknowns: form.isOn(FieldID.confirmUnknowns), nextReviewOn: nextReview,
        note: form.value(FieldID.note))
      return .command(.positiveList(.admit(request)))
    case .approveAdmission(let id):
      return .command(.positiveList(.approveAdmission(id, note: form.value(FieldID.note))))
    case .rejectAdmission(let id):
      return .command(.positiveList(.rejectAdmission(id, reason: form.value(FieldID.reason))))
    default:
      return .problems(["": state.strings[.paneNotBuilt]])
    }
  }

  static func fieldID(forDomainField field: String, in form: PaneForm) -> String? {
    switch field {
    case "nextReviewOn": return FieldID.nextReview
    case "reason": return form.form[FieldID.reason] == nil ? nil : FieldID.reason
    case "note": return form.form[FieldID.note] == nil ? nil : FieldID.note
    default: return nil
    }
  }

  static func savedMessage(for form: PaneForm, in state: AppState) -> String {
    let id = form.purpose.enterprise
    let name = state.domain.enterprises[id]?.name ?? id.raw
    let strings = state.strings
    switch form.purpose {
    case .admit:
      return state.domain.settings.positiveListAdmissionNeedsApproval
        ? strings.format(.admissionSavedProposed, name)
        : strings.format(.admissionSavedAdmitted, name)
    case .approveAdmission: return strings.format(.admissionSavedApproved, name)
    case .rejectAdmission: return strings.format(.admissionSavedRejected, name)
    default: return ""
    }
  }

  // MARK: - Opening

  /// The admission form, unless the enterprise's standing rules an admission out.
  static func openAdmission(_ id: EnterpriseID, in state: AppState) -> Result<
    PaneForm, PaneFormRefusal
  > {
    let strings = state.strings
    if let refusal = standingRefusal(of: id, in: state) {
      return .failure(PaneFormRefusal(message: strings.localized(refusal.message)))
    }
    guard let enterprise = state.domain.enterprises[id] else {
      return .failure(PaneFormRefusal(message: strings[.nothingSelected]))
    }
    let today = state.now.day(utcOffset: state.domain.settings.utcOffset)
    let assessment = PositiveListEntry.assess(
      enterprise, facts: state.domain.enforcementFacts(of: id), on: today)
    var fields = criterionFields(assessment, strings: strings)
    if !assessment.unknown.isEmpty {
      fields.append(
        FormField(
          id: FieldID.confirmUnknowns, label: strings[.admissionConfirmUnknowns],
          kind: .toggle(false), hint: strings[.admissionConfirmUnknownsHint]))
    }
    fields.append(
      FormField(
        id: FieldID.nextReview, label: strings[.admissionFirstReview],
        kind: .text(TextFieldState(text: oneYearAfter(today).description))))
    fields.append(
      FormField(id: FieldID.note, label: strings[.admissionNote], kind: .text(TextFieldState())))
    let form = FormState(
      title: strings.format(.admissionTitle, enterprise.name), fields: fields,
      yesText: strings[.yes], noText: strings[.no])
    return .success(PaneForm(purpose: .admit(id), form: form))
  }

  /// The approve or reject form of a proposal awaiting approval.
  static func openDecision(_ purpose: PaneFormPurpose, of id: EnterpriseID, in state: AppState)
    -> Result<PaneForm, PaneFormRefusal>
  {
    let strings = state.strings
    guard let enterprise = state.domain.enterprises[id],
      let pending = state.domain.positiveList[id]?.pendingAdmission
    else {
      let refusal = domainRefusal(
        .positiveList(.approveAdmission(id, note: "")), by: .system, in: state.domain, at: state.now
      )
      return .failure(
        PaneFormRefusal(
          message: refusal.map { strings.localized($0.message) }
            ?? strings[.admissionNothingAwaiting]))
    }
    var fields = [
      FormField(
        id: FieldID.proposal, label: strings[.admissionProposal],
        kind: .text(
          TextFieldState(
            text: strings.format(
              .admissionProposedBy, name(of: pending.proposedBy, in: state),
              pending.proposedOn.description))),
        isEditable: false,
        hint: pending.assessment.unknownsConfirmed ? strings[.admissionUnknownsConfirmed] : nil)
    ]
    fields += criterionFields(pending.assessment, strings: strings)
    let title: String
    if case .rejectAdmission = purpose {
      title = strings.format(.admissionRejectTitle, enterprise.name)
      fields.append(
        FormField(
          id: FieldID.reason, label: strings[.admissionRejectReason],
          kind: .text(TextFieldState()), isRequired: true))
    } else {
      title = strings.format(.admissionApproveTitle, enterprise.name)
      fields.append(
        FormField(
          id: FieldID.note, label: strings[.admissionApproveNote], kind: .text(TextFieldState())))
    }
    let form = FormState(
      title: title, fields: fields, yesText: strings[.yes], noText: strings[.no])
    return .success(PaneForm(purpose: purpose, form: form))
  }

  // MARK: - Helpers

  /// One read-only field per criterion: its finding, and the evidence under it (in the error
  /// role when the criterion is not met).
  ///
  /// The met criteria come first and the not-met ones last, next to the fields the user
  /// edits, so that a small terminal (which scrolls to the focused field) shows them.
  static func criterionFields(_ assessment: PositiveListEntry.Assessment, strings: Strings)
    -> [FormField]
  {
    let order: [PositiveListEntry.Finding] = [.met, .unknown, .notMet]
    let checks = order.flatMap { finding in assessment.checks.filter { $0.finding == finding } }
    return checks.map { check in
      let evidence = strings.localized(check.evidence)
      let isUnmet = check.finding == .notMet
      return FormField(
        id: FieldID.criterionPrefix + check.criterion.rawValue,
        label: strings.localized(check.criterion.title),
        kind: .text(TextFieldState(text: findingText(check.finding, strings: strings))),
        isEditable: false, error: isUnmet ? evidence : nil, hint: isUnmet ? nil : evidence)
    }
  }

  /// A finding as the form shows it.
  static func findingText(_ finding: PositiveListEntry.Finding, strings: Strings) -> String {
    switch finding {
    case .met: return strings[.admissionFindingMet]
    case .notMet: return strings[.admissionFindingNotMet]
    case .unknown: return strings[.admissionFindingUnknown]
    }
  }

  /// Why the domain refuses admitting the enterprise whatever its record says (its standing
  /// on the list, an unknown id), or nil.
  ///
  /// The domain is asked twice, as the system: once as things are, once as if the
  /// enterprise had no entry; a refusal that differs comes from the standing.
  static func standingRefusal(of id: EnterpriseID, in state: AppState) -> Refusal? {
    let request = AdmissionRequest(
      enterprise: id, facts: PositiveListEntry.EnforcementFacts(), confirmUnknowns: true)
    let command = Command.positiveList(.admit(request))
    guard
      let refusal = domainRefusal(command, by: .system, in: state.domain, at: state.now)
    else { return nil }
    guard state.domain.enterprises[id] != nil else { return refusal }
    var unlisted = state.domain
    unlisted.positiveList[id] = nil
    unlisted.enterprises[id]?.positiveList = .notListed
    let withoutEntry = domainRefusal(command, by: .system, in: unlisted, at: state.now)
    return withoutEntry == refusal ? nil : refusal
  }

  /// The domain's refusal of a command (executed without saving), or nil when it would pass.
  static func domainRefusal(
    _ command: Command, by actor: Actor, in domain: DomainState, at time: Timestamp
  ) -> Refusal? {
    do {
      _ = try Domain.execute(command, by: actor, at: time, in: domain)
      return nil
    } catch {
      return error
    }
  }

  /// The same calendar day a year later (29 February becomes 28 February).
  static func oneYearAfter(_ day: Day) -> Day {
    let last = Day.daysInMonth(year: day.year + 1, month: day.month)
    return Day(year: day.year + 1, month: day.month, day: min(day.day, last)) ?? day
  }

  /// A staff member's name, or "system".
  static func name(of actor: Actor, in state: AppState) -> String {
    switch actor {
    case .staff(let id): return state.domain.staff[id]?.name ?? id.raw
    case .system: return state.strings[.historySystem]
    }
  }
}
