import CaseDeskDomain
import TerminalUI

extension CaseStepForm {
  /// The step's own fields as the form opens, filled from the record where it knows the value.
  static func stepFields(
    _ step: CaseStep, of record: EnforcementCase, carrying carried: [String: FormField.Kind],
    in state: AppState
  ) -> [FormField] {
    let make = CaseStepFieldMaker(strings: state.strings, today: today(in: state))
    switch step {
    case .fileCase:
      let lastDay = FilingConditions.lastFilingDay(conductOn: record.conductOn)
      return [
        make.toggle("filing.suspectedViolation", .caseStepFieldSuspectedViolation),
        make.toggle("filing.penaltyPossible", .caseStepFieldPenaltyPossible),
        make.toggle("filing.withinJurisdiction", .caseStepFieldWithinJurisdiction),
        make.toggle(
          "filing.notTimeBarred", .caseStepFieldNotTimeBarred,
          hint: make.strings.format(
            .caseStepTimeBarHint, record.conductOn.description, lastDay.description)),
        make.text("filing.opinion", .caseStepFieldOpinion, hint: .caseStepNumberHint),
      ]
    case .startInvestigation:
      let officers = officerOptions(in: state)
      let me = StaffID(state.operatorInfo.id)
      let first = officers.first { $0.hasPrefix(me.raw + " ") } ?? ""
      return [
        make.choice("officer1", .caseStepFieldOfficer1, officers, first, free: true),
        make.choice("officer2", .caseStepFieldOfficer2, officers, "", free: true),
        make.text(
          "moreOfficers", .caseStepFieldMoreOfficers, required: false,
          hint: .caseStepMoreOfficersHint),
      ]
    case .recordEvidence:
      let kinds = EvidenceKind.allCases.map { make.strings.localized($0.title) }
      return [
        make.choice("evidence.kind", .caseStepFieldEvidenceKind, kinds, kinds[0]),
        make.text("evidence.documentNumber", .caseStepFieldDocumentNumber),
        make.day("evidence.madeOn", .caseStepFieldMadeOn),
        make.text("evidence.summary", .caseStepFieldSummary),
      ]
    case .submitReport:
      return [
        make.text("report.facts", .caseStepFieldFacts, value: record.violation),
        make.text("report.evidence", .caseStepFieldEvidence, value: evidenceLine(record)),
        make.text("report.proposedOutcome", .caseStepFieldProposedOutcome),
      ]
    case .reviewCase:
      return [
        make.outcome("review.outcome"),
        make.text("review.opinion", .caseStepFieldReviewText, hint: .caseStepReviewTextHint),
      ]
    case .givePriorNotice:
      return [
        make.text("notice.documentNumber", .caseStepFieldDocumentNumber),
        make.text("notice.facts", .caseStepFieldFacts, value: record.report?.facts ?? ""),
        make.text("notice.reasons", .caseStepFieldReasons),
        make.text("notice.basis", .caseStepFieldBasis, value: record.legalBasis),
        make.text(
          "notice.proposedPenalty", .caseStepFieldProposedPenalty,
          value: record.report?.proposedOutcome ?? ""),
        make.toggle("notice.hearingRight", .caseStepFieldHearingRight),
        make.day("notice.servedOn", .caseStepFieldServedOn),
      ]
    case .recordStatement:
      return [
        make.text("statement.text", .caseStepFieldStatement),
        make.toggle("statement.waivesHearing", .caseStepFieldWaivesHearing),
      ]
    case .requestHearing:
      return [make.day("hearing.requestedOn", .caseStepFieldRequestedOn)]
    case .scheduleHearing:
      return [
        make.day("hearing.hearingOn", .caseStepFieldHearingOn, value: ""),
        make.day("hearing.noticeServedOn", .caseStepFieldNoticeServedOn),
      ]
    case .recordHearing:
      return [
        make.day("hearing.heldOn", .caseStepFieldHeldOn),
        make.text("hearing.record", .caseStepFieldHearingRecord),
      ]
    case .legalReview:
      return CaseStepValues.checklist.map { make.toggle("checklist." + $0.id, $0.label) } + [
        make.toggle("checklist.crimeReferralNeeded", .caseStepFieldCrimeReferral),
        make.outcome("legalReview.outcome"),
        make.text(
          "legalReview.opinion", .caseStepFieldReviewText, hint: .caseStepReviewTextHint),
      ]
    case .collectiveDiscussion:
      return [
        make.day("discussion.heldOn", .caseStepFieldHeldOn),
        make.text("discussion.minutes", .caseStepFieldMinutes),
        make.text("discussion.conclusion", .caseStepFieldConclusion),
      ]
    case .decide:
      return decisionFields(of: record, carrying: carried, in: state, make: make)
    case .recordService:
      let ways = ServiceWay.allCases.map { make.strings.localized($0.title) }
      return [
        make.day("service.servedOn", .caseStepFieldServedOn),
        make.choice("service.way", .caseStepFieldServiceWay, ways, ways[0]),
      ]
    case .recordPayment:
      let owed = record.outstandingFineFen
      return [
        make.text(
          "payment.amount", .caseStepFieldAmount, value: owed > 0 ? yuan(owed) : "",
          hint: .caseStepAmountHint),
        make.day("payment.paidOn", .caseStepFieldPaidOn),
        make.text("payment.receipt", .caseStepFieldReceipt),
      ]
    case .closeCase, .archiveCase:
      return []
    case .grantExtension:
      return [
        make.text("extension.reason", .caseStepFieldReasons),
        make.text(
          "extension.minutes", .caseStepFieldMinutes, required: false,
          hint: .caseStepExtensionMinutesHint),
      ]
    case .pauseClock:
      let kinds = ClockPauseKind.allCases.map { make.strings.localized($0.title) }
      return [
        make.choice("pause.kind", .caseStepFieldPauseKind, kinds, kinds[0]),
        make.text("pause.reason", .caseStepFieldReasons),
        make.day("pause.on", .caseStepFieldPauseOn),
      ]
    case .resumeClock:
      return [make.day("pause.end", .caseStepFieldPauseEnd)]
    default:
      return moreStepFields(step, of: record, in: state, make: make)
    }
  }

  /// The decision's fields for the kind chosen (penalty when none is chosen yet).
  static func decisionFields(
    of record: EnforcementCase, carrying carried: [String: FormField.Kind], in state: AppState,
    make: CaseStepFieldMaker
  ) -> [FormField] {
    let kinds = CaseStepValues.decisionKinds
    let titles = kinds.map { make.strings.localized($0.title) }
    var chosen = DecisionKind.penalty
    if case .choice(let list)? = carried[CaseStepValues.decisionKindField],
      let index = list.options.firstIndex(of: list.value)
    {
      chosen = kinds[index]
    }
    var fields = [
      make.choice(
        CaseStepValues.decisionKindField, .caseStepFieldDecisionKind, titles,
        make.strings.localized(chosen.title)),
      make.text("decision.documentNumber", .caseStepFieldDocumentNumber),
    ]
    if chosen.imposesPenalty {
      fields += [
        make.text("decision.fine", .caseStepFieldFine, required: false, hint: .caseStepAmountHint),
        make.text("decision.otherMeasures", .caseStepFieldOtherMeasures, required: false),
        make.text("decision.legalBasis", .caseStepFieldBasis, value: record.legalBasis),
        make.text("decision.discretion", .caseStepFieldDiscretion),
      ]
    }
    let list: LeniencyList?
    switch chosen {
    case .lighterPenalty: list = .lighterPenalty
    case .mitigatedPenalty: list = .mitigatedPenalty
    case .noPenaltyMinor: list = .noPenalty
    default: list = nil
    }
    if let list {
      let items = LeniencyCatalog.standard.items(on: list).map {
        $0.id + " " + make.strings.localized($0.title)
      }
      fields.append(make.choice("decision.listItem", .caseStepFieldListItem, items, "", free: true))
    }
    if chosen == .noPenaltyMinor {
      fields += LeniencyCriterion.allCases.map {
        make.toggle(
          $0.field, .caseStepFieldCriterion, label: make.strings.localized($0.title),
          hint: $0 == .firstOffence ? firstOffenceHint(record, in: state, make: make) : nil)
      }
      fields += [
        make.text("decision.correctionOrder", .caseStepFieldCorrectionOrder),
        make.day("decision.correctionDeadline", .caseStepFieldCorrectionDeadline, value: ""),
        make.day("decision.correctedOn", .caseStepFieldCorrectedOn, value: ""),
        make.day("decision.recheckOn", .caseStepFieldRecheckOn, value: ""),
      ]
    }
    if chosen == .noPenaltyNotEstablished {
      fields.append(make.text("decision.reasons", .caseStepFieldReasons))
    }
    if chosen == .referral {
      fields += [
        make.text("decision.ground", .caseStepFieldGround),
        make.text(
          "decision.responsiblePersons", .caseStepFieldResponsiblePersons,
          hint: .caseStepPersonsHint),
      ]
    }
    return fields
  }

  /// What the record says of "first offence": the enterprise's latest established violation
  /// in the last two years, or that there is none.
  static func firstOffenceHint(
    _ record: EnforcementCase, in state: AppState, make: CaseStepFieldMaker
  ) -> String {
    let today = make.today
    let since =
      Day(year: today.year - 2, month: today.month, day: min(today.day, 28)) ?? today
    let earlier = state.domain.cases.values.compactMap { other -> (String, Day)? in
      guard other.id != record.id, other.enterprise == record.enterprise,
        let decided = other.decision, decided.decision.kind.establishesViolation,
        decided.decidedOn >= since
      else { return nil }
      return (other.displayNumber, decided.decidedOn)
    }.max { $0.1 < $1.1 }
    guard let earlier else {
      return make.strings.format(.caseStepFirstOffenceNone, since.description)
    }
    return make.strings.format(
      .caseStepFirstOffenceEarlier, earlier.0, earlier.1.description)
  }

  /// The active certified officers as the officer lists offer them: id, then name.
  static func officerOptions(in state: AppState) -> [String] {
    state.domain.staff.values
      .filter { $0.isActive && $0.roles.contains(.officer) && $0.certificateNumber != nil }
      .sorted { $0.id < $1.id }
      .map { $0.id.raw + " " + $0.name }
  }

  /// The investigation records' document numbers, for the report's evidence line.
  static func evidenceLine(_ record: EnforcementCase) -> String {
    record.evidence.map(\.documentNumber).joined(separator: "; ")
  }

  /// An amount in fen as yuan text ("1234.5" stays exact: "1234.50").
  static func yuan(_ fen: Int) -> String {
    let cents = fen % 100
    return String(fen / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
  }

  /// The operator's day.
  static func today(in state: AppState) -> Day {
    state.now.day(utcOffset: state.domain.settings.utcOffset)
  }
}
