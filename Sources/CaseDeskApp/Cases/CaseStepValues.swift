import CaseDeskDomain
import TerminalUI

/// Reads a step form's values into the domain command, noting what cannot be read (a day
/// or an amount that does not parse) as problems of their fields.
struct CaseStepValues {
  /// The decision kind's field.
  static let decisionKindField = "decision.kind"
  /// The decision kinds the decision form offers, in its list's order.
  static let decisionKinds: [DecisionKind] = [
    .penalty, .lighterPenalty, .mitigatedPenalty, .noPenaltyMinor, .noPenaltyNotEstablished,
    .referral,
  ]
  /// The legal review's six checks: the field id's last part and the label.
  static let checklist: [(id: String, label: StringKey)] = [
    ("jurisdiction", .caseStepFieldJurisdiction), ("procedure", .caseStepFieldProcedure),
    ("facts", .caseStepFieldCheckFacts), ("basis", .caseStepFieldCheckBasis),
    ("discretion", .caseStepFieldCheckDiscretion), ("documents", .caseStepFieldDocuments),
  ]

  let form: PaneForm
  let state: AppState
  /// The problems found so far (field id → text).
  var problems: [String: String] = [:]

  init(form: PaneForm, state: AppState) {
    self.form = form
    self.state = state
  }

  /// The command of a step, or nil when a value could not be read.
  mutating func command(_ step: CaseStep, for id: CaseID) -> CaseCommand? {
    switch step {
    case .fileCase:
      return .fileCase(
        id,
        FilingConditions(
          suspectedViolation: on("filing.suspectedViolation"),
          penaltyPossible: on("filing.penaltyPossible"),
          withinJurisdiction: on("filing.withinJurisdiction"),
          notTimeBarred: on("filing.notTimeBarred"), opinion: text("filing.opinion")))
    case .startInvestigation:
      return .startInvestigation(id, officers: officers())
    case .recordEvidence:
      let kinds = EvidenceKind.allCases
      let kind = kinds[safe: choiceIndex("evidence.kind")] ?? .other
      guard let day = day("evidence.madeOn") else { return nil }
      return .recordEvidence(
        id,
        EvidenceRecord(
          kind: kind, documentNumber: text("evidence.documentNumber"), madeOn: day,
          summary: text("evidence.summary")))
    case .submitReport:
      return .submitInvestigationReport(
        id,
        InvestigationReport(
          facts: text("report.facts"), evidence: text("report.evidence"),
          proposedOutcome: text("report.proposedOutcome")))
    case .reviewCase:
      return .reviewCase(id, outcome("review.outcome", text: text("review.opinion")))
    case .givePriorNotice:
      guard let served = day("notice.servedOn") else { return nil }
      return .givePriorNotice(
        id,
        PriorNotice(
          documentNumber: text("notice.documentNumber"), facts: text("notice.facts"),
          reasons: text("notice.reasons"), basis: text("notice.basis"),
          proposedPenalty: text("notice.proposedPenalty"),
          hearingRight: on("notice.hearingRight"), servedOn: served))
    case .recordStatement:
      return .recordStatement(
        id, text: text("statement.text"), waivesHearing: on("statement.waivesHearing"))
    case .requestHearing:
      guard let requested = day("hearing.requestedOn") else { return nil }
      return .recordHearingRequest(id, requestedOn: requested)
    case .scheduleHearing:
      let hearingOn = day("hearing.hearingOn")
      let servedOn = day("hearing.noticeServedOn")
      guard let hearingOn, let servedOn else { return nil }
      return .scheduleHearing(id, hearingOn: hearingOn, noticeServedOn: servedOn)
    case .recordHearing:
      guard let held = day("hearing.heldOn") else { return nil }
      return .recordHearing(id, heldOn: held, record: text("hearing.record"))
    case .legalReview:
      let list = LegalReviewChecklist(
        jurisdiction: on("checklist.jurisdiction"), procedure: on("checklist.procedure"),
        facts: on("checklist.facts"), basis: on("checklist.basis"),
        discretion: on("checklist.discretion"), documents: on("checklist.documents"),
        crimeReferralNeeded: on("checklist.crimeReferralNeeded"))
      return .recordLegalReview(
        id, list, outcome("legalReview.outcome", text: text("legalReview.opinion")))
    case .collectiveDiscussion:
      guard let held = day("discussion.heldOn") else { return nil }
      return .recordCollectiveDiscussion(
        id, heldOn: held, minutes: text("discussion.minutes"),
        conclusion: text("discussion.conclusion"))
    case .decide:
      guard let decision = decision() else { return nil }
      return .decide(id, decision, documentNumber: text("decision.documentNumber"))
    case .recordService:
      let way = ServiceWay.allCases[safe: choiceIndex("service.way")] ?? .inPerson
      guard let served = day("service.servedOn") else { return nil }
      return .recordService(id, servedOn: served, way: way)
    case .recordPayment:
      let amount = fen("payment.amount", required: true)
      let paid = day("payment.paidOn")
      guard let amount, let paid else { return nil }
      return .recordPayment(id, amountFen: amount, paidOn: paid, receipt: text("payment.receipt"))
    case .closeCase:
      return .closeCase(id)
    case .archiveCase:
      return .archiveCase(id)
    case .grantExtension:
      return .grantExtension(
        id, reason: text("extension.reason"), collectiveMinutes: text("extension.minutes"))
    case .pauseClock:
      let kind = ClockPauseKind.allCases[safe: choiceIndex("pause.kind")] ?? .suspension
      guard let start = day("pause.on") else { return nil }
      return .pauseClock(id, kind, reason: text("pause.reason"), on: start)
    case .resumeClock:
      guard let end = day("pause.end") else { return nil }
      return .resumeClock(id, on: end)
    default:
      return moreCommand(step, for: id)
    }
  }

  /// The decision the values make, or nil when one could not be read.
  mutating func decision() -> CaseDecision? {
    let kind = Self.decisionKinds[safe: choiceIndex(Self.decisionKindField)] ?? .penalty
    let item = firstToken(text("decision.listItem"))
    switch kind {
    case .penalty, .lighterPenalty, .mitigatedPenalty:
      guard let fine = fen("decision.fine", required: false) else { return nil }
      let terms = PenaltyTerms(
        fineFen: fine, otherMeasures: text("decision.otherMeasures"),
        legalBasis: text("decision.legalBasis"), discretion: text("decision.discretion"))
      if kind == .lighterPenalty { return .lighterPenalty(terms, listItem: item) }
      if kind == .mitigatedPenalty { return .mitigatedPenalty(terms, listItem: item) }
      return .penalty(terms)
    case .noPenaltyMinor:
      let deadline = day("decision.correctionDeadline")
      let corrected = optionalDay("decision.correctedOn")
      let recheck = optionalDay("decision.recheckOn")
      guard let deadline, let corrected, let recheck else { return nil }
      return .noPenaltyMinor(
        NoPenaltyFindings(
          listItem: item, firstOffence: on("decision.firstOffence"), minor: on("decision.minor"),
          correctedInTime: on("decision.correctedInTime"),
          noHarmfulConsequence: on("decision.noHarmfulConsequence"),
          notInSensitiveArea: on("decision.notInSensitiveArea"),
          correctionOrder: text("decision.correctionOrder"), correctionDeadline: deadline,
          correctedOn: corrected.value, recheckOn: recheck.value))
    case .noPenaltyNotEstablished:
      return .noPenaltyNotEstablished(reasons: text("decision.reasons"))
    case .referral:
      let separators: Set<Character> = [",", "，", "、", ";", "；"]
      let persons = text("decision.responsiblePersons").split { separators.contains($0) }
        .map { String($0.drop(while: \.isWhitespace)) }.filter { !$0.isEmpty }
      return .referral(
        CrimeGround(description: text("decision.ground")), responsiblePersons: persons)
    }
  }

  // MARK: - Reading fields

  /// A field's text without leading or trailing white space.
  func text(_ id: String) -> String { form.text(id) }

  /// A toggle's value.
  func on(_ id: String) -> Bool { form.isOn(id) }

  /// The position of a choice field's value among its options, or -1.
  func choiceIndex(_ id: String) -> Int { form.choiceIndex(id) ?? -1 }

  /// A pass or a send back, by the outcome field, with its text.
  func outcome(_ id: String, text: String) -> ReviewOutcome {
    choiceIndex(id) == 1 ? .sentBack(reasons: text) : .passed(opinion: text)
  }

  /// A required day; notes the problem when it is missing or does not parse.
  mutating func day(_ id: String) -> Day? {
    let value = text(id)
    if let day = Day(value) { return day }
    problems[id] = state.strings[value.isEmpty ? .caseStepDayMissing : .caseStepDayInvalid]
    return nil
  }

  /// An optional day (the wrapper's value is nil when empty); nil when it does not parse.
  mutating func optionalDay(_ id: String) -> (value: Day?, found: Bool)? {
    let value = text(id)
    if value.isEmpty { return (nil, false) }
    if let day = Day(value) { return (day, true) }
    problems[id] = state.strings[.caseStepDayInvalid]
    return nil
  }

  /// An amount in yuan (up to two decimals) as fen; empty is 0 unless required.
  mutating func fen(_ id: String, required: Bool) -> Int? {
    let value = text(id).replacingCommas()
    if value.isEmpty && !required { return 0 }
    if let amount = Self.fen(fromYuan: value) { return amount }
    problems[id] = state.strings[.caseStepAmountInvalid]
    return nil
  }

  /// Fen from a yuan text of digits with up to two decimals, or nil.
  static func fen(fromYuan text: String) -> Int? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.count <= 12, whole.allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int(whole),
      yuan >= 0
    else { return nil }
    var cents = 0
    if parts.count == 2 {
      let decimals = parts[1]
      guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(decimals), value >= 0
      else { return nil }
      cents = decimals.count == 1 ? value * 10 : value
    }
    return yuan * 100 + cents
  }

  /// The officers named: the two officer fields, then the ids in the last one.
  func officers() -> [StaffID] {
    var names = [text("officer1"), text("officer2")].filter { !$0.isEmpty }
    let separators: Set<Character> = [",", "，", "、", ";", "；"]
    names += form.value("moreOfficers")
      .split { $0.isWhitespace || separators.contains($0) }.map(String.init)
    return names.map { name in
      let token = StaffID(firstToken(name))
      if state.domain.staff[token] != nil { return token }
      return state.domain.staff.values.first { $0.name == name }?.id ?? token
    }
  }

  /// The text up to its first space.
  func firstToken(_ text: String) -> String {
    String(text.split(whereSeparator: \.isWhitespace).first ?? "")
  }
}

extension String {
  /// The text without thousands separators (commas, full-width commas).
  fileprivate func replacingCommas() -> String {
    String(filter { $0 != "," && $0 != "，" })
  }
}

extension Array {
  /// The element at an index, or nil outside the array.
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
