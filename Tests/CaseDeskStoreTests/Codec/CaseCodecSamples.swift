import CaseDeskDomain

/// Realistic sample values of every case change, case record and nested record, for codec tests.
enum CaseCodecSamples {
  static let caseID: CaseID = "CASE-2025-0007"
  static let enterprise = EnterpriseID("914403001922038216")
  static let officer: StaffID = "O1"
  static let supervisor: SupervisorID = "SV1"
  /// Text that a JSON writer must escape: quotes, a backslash, new lines, a tab and emoji.
  static let awkward = "企业称\"已整改\"，路径 C:\\排污口\n第二行\t😀👨‍👩‍👧"

  /// A day from its `YYYY-MM-DD` text.
  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  /// A stamp by the sample officer at a fixed instant plus `offset` seconds.
  static func stamp(_ offset: Int64 = 0) -> ActionStamp {
    ActionStamp(actor: .staff(officer), time: Timestamp(secondsSinceEpoch: 1_740_000_000 + offset))
  }

  static let systemStamp = ActionStamp(
    actor: .system, time: Timestamp(secondsSinceEpoch: 1_741_000_000))

  static let number = CaseNumber(prefix: "鞍环罚", year: 2025, sequence: 12)

  static let opening = CaseOpening(
    enterprise: enterprise, source: .clue("CLUE-2025-0001"), violation: "超标排放化学需氧量",
    legalBasis: "《中华人民共和国水污染防治法》第八十三条", conductOn: day("2025-02-27"))

  static let conditions = FilingConditions(
    suspectedViolation: true, penaltyPossible: true, withinJurisdiction: true,
    notTimeBarred: true, opinion: "符合立案条件")

  static let evidence = EvidenceRecord(
    kind: .onSiteRecord, documentNumber: "鞍环勘〔2025〕3号", madeOn: day("2025-03-02"),
    summary: "总排口COD 186 mg/L")

  static let report = InvestigationReport(
    facts: "2025年2月27日超标排放", evidence: "监测报告、现场笔录", proposedOutcome: "罚款十万元")

  static let checklist = LegalReviewChecklist(
    jurisdiction: true, procedure: true, facts: true, basis: true, discretion: false,
    documents: true, crimeReferralNeeded: false)

  static let notice = PriorNotice(
    documentNumber: "鞍环罚告〔2025〕12号", facts: "超标排放", reasons: "违反第十条",
    basis: "第八十三条", proposedPenalty: "罚款100,000元", hearingRight: true,
    servedOn: day("2025-04-01"))

  static let terms = PenaltyTerms(
    fineFen: 10_000_000, otherMeasures: "责令改正", legalBasis: "第八十三条第二项",
    discretion: "基准裁量")

  static let findings = NoPenaltyFindings(
    listItem: "NP-03", firstOffence: true, minor: true, correctedInTime: true,
    noHarmfulConsequence: true, notInSensitiveArea: true, correctionOrder: "鞍环改〔2025〕4号",
    correctionDeadline: day("2025-04-15"), correctedOn: day("2025-04-10"),
    recheckOn: day("2025-04-20"))

  static let findingsOpen = NoPenaltyFindings(
    listItem: "NP-01", firstOffence: true, minor: true, correctedInTime: false,
    noHarmfulConsequence: true, notInSensitiveArea: false, correctionOrder: "",
    correctionDeadline: day("2025-04-15"), correctedOn: nil, recheckOn: nil)

  static let crime = CrimeGround(
    description: "非法处置危险废物",
    facts: [
      .hazardousWaste(kilograms: 3_500),
      .discharge(.lead, measured: 1.25, standard: 0.1),
      .discharge(.cobalt, measured: 3.0e-5, standard: 1e-6),
    ])

  /// Every case decision kind.
  static let decisions: [CaseDecision] = [
    .penalty(terms),
    .lighterPenalty(terms, listItem: "LP-02"),
    .mitigatedPenalty(PenaltyTerms(fineFen: 0, legalBasis: "", discretion: ""), listItem: "MP-1"),
    .noPenaltyMinor(findings),
    .noPenaltyMinor(findingsOpen),
    .noPenaltyNotEstablished(reasons: awkward),
    .referral(crime, responsiblePersons: ["张伟", "李娜"]),
    .referral(CrimeGround(description: ""), responsiblePersons: []),
  ]

  /// Every case change, most cases more than once with different payloads.
  static var changes: [CaseChange] {
    var result: [CaseChange] = [
      .caseOpened(caseID, opening),
      .caseOpened(caseID, with(opening) { $0.source = .inspection("INSP-2025-0001") }),
      .caseOpened(caseID, with(opening) { $0.source = .other(awkward) }),
      .filingWithdrawn(caseID, reason: "不属于本机关管辖"),
      .investigationStarted(caseID, officers: ["O1", "O2"]),
      .investigationStarted(caseID, officers: []),
      .evidenceRecorded(caseID, evidence),
      .evidencePreserved(caseID, items: "污泥 2 吨，台账 3 本"),
      .preservationDecided(caseID, index: 0, outcome: .retainedAsEvidence, note: "作为证据"),
      .noCoercionApplied(caseID, listItem: "NC-05", reason: "主动停产整改"),
      .investigationReported(caseID, report),
      .caseReviewed(caseID, .passed(opinion: "同意")),
      .caseReviewed(caseID, .sentBack(reasons: "证据不足")),
      .flagsSet(caseID, CaseFlags(majorPublicInterest: true, complex: true, note: "媒体关注")),
      .flagsSet(caseID, CaseFlags()),
      .priorNoticeGiven(caseID, notice),
      .statementRecorded(caseID, text: awkward, waivesHearing: true),
      .hearingRequested(caseID, requestedOn: day("2025-04-03")),
      .hearingScheduled(caseID, hearingOn: day("2025-04-20"), noticeServedOn: day("2025-04-10")),
      .hearingHeld(caseID, heldOn: day("2025-04-20"), record: "听证笔录"),
      .legalReviewRecorded(caseID, checklist, .passed(opinion: "审核通过")),
      .collectiveDiscussionRecorded(
        caseID, heldOn: day("2025-05-06"), minutes: "会议纪要", conclusion: "同意处罚"),
      .extensionGranted(caseID, days: 30, reason: "案情复杂", collectiveMinutes: "纪要〔2025〕5号"),
      .clockResumed(caseID, on: day("2025-05-20")),
      .decisionMade(
        caseID, .penalty(terms), documentNumber: "鞍环罚〔2025〕12号", decidedOn: day("2025-05-08"),
        referral: nil),
      .decisionServed(caseID, servedOn: day("2025-05-09"), way: .inPerson),
      .paymentRecorded(caseID, amountFen: 5_000_000, paidOn: day("2025-05-30"), receipt: "FS-001"),
      .instalmentsApproved(
        caseID,
        [
          Instalment(dueOn: day("2025-06-30"), amountFen: 5_000_000),
          Instalment(dueOn: day("2025-07-31"), amountFen: 5_000_000),
        ]),
      .instalmentsApproved(caseID, []),
      .enforcementRecorded(caseID, .demand(documentNumber: "催〔2025〕1号", on: day("2025-07-01"))),
      .enforcementRecorded(caseID, .courtApplication(court: "铁西区人民法院", on: day("2025-08-01"))),
      .recheckRecorded(caseID, checkedOn: day("2025-06-01"), correctionHeld: true, note: "已整改"),
      .caseClosed(caseID),
      .caseArchived(caseID),
      .supervisorInvited(caseID, supervisor),
      .supervisorOpinionAdded(caseID, supervisor, opinion: "程序合法"),
    ]
    if let number { result.append(.caseFiled(caseID, number, conditions)) }
    for kind in ClockPauseKind.allCases {
      result.append(.clockPaused(caseID, kind, reason: kind.title.zh, on: day("2025-05-10")))
    }
    for outcome in PreservationOutcome.allCases {
      result.append(.preservationDecided(caseID, index: 3, outcome: outcome, note: ""))
    }
    for way in ServiceWay.allCases {
      result.append(.decisionServed(caseID, servedOn: day("2025-05-09"), way: way))
    }
    for (index, decision) in decisions.enumerated() {
      result.append(
        .decisionMade(
          caseID, decision, documentNumber: "鞍环罚〔2025〕\(index + 1)号",
          decidedOn: day("2025-05-08"), referral: index.isMultiple(of: 2) ? "REF-2025-0002" : nil))
    }
    return result
  }

  /// The type name of every case change, written out.
  static let typeNames: Set<String> = [
    "caseOpened", "caseFiled", "filingWithdrawn", "investigationStarted", "evidenceRecorded",
    "evidencePreserved", "preservationDecided", "noCoercionApplied", "investigationReported",
    "caseReviewed", "flagsSet", "priorNoticeGiven", "statementRecorded", "hearingRequested",
    "hearingScheduled", "hearingHeld", "legalReviewRecorded", "collectiveDiscussionRecorded",
    "extensionGranted", "clockPaused", "clockResumed", "decisionMade", "decisionServed",
    "paymentRecorded", "instalmentsApproved", "enforcementRecorded", "recheckRecorded",
    "caseClosed", "caseArchived", "supervisorInvited", "supervisorOpinionAdded",
  ]

  /// A case as just opened: every optional nil and every list empty.
  static let emptyCase = EnforcementCase(
    id: caseID,
    opening: CaseOpening(
      enterprise: "", source: .other(""), violation: "", legalBasis: "",
      conductOn: Day(ordinal: 0)),
    opened: systemStamp)

  /// A case with every optional field and every list filled.
  static var fullCase: EnforcementCase {
    var record = EnforcementCase(id: caseID, opening: opening, opened: stamp())
    record.stage = .enforcement
    record.number = number
    record.filingConditions = conditions
    record.filed = stamp(60)
    record.withdrawalReason = awkward
    record.withdrawn = systemStamp
    record.officers = ["O1", "O2"]
    record.evidence = [evidence, with(evidence) { $0.kind = .sampling }]
    record.preservations = [
      EvidencePreservation(items: "污泥", preserved: stamp(100)),
      EvidencePreservation(
        items: "台账", preserved: stamp(100), outcome: .seized, outcomeNote: "扣押",
        decided: stamp(200)),
    ]
    record.noCoercion = [NoCoercionRecord(listItem: "NC-05", reason: "主动整改", stamp: stamp(300))]
    record.report = report
    record.reported = stamp(400)
    record.reviews = [
      CaseReviewRecord(outcome: .sentBack(reasons: "补充证据"), stamp: stamp(500)),
      CaseReviewRecord(outcome: .passed(opinion: "同意"), stamp: stamp(600)),
    ]
    record.flags = CaseFlags(majorPublicInterest: true, complex: false, note: "重大")
    record.round = 2
    record.priorNotice = PriorNoticeRecord(notice: notice, round: 2, stamp: stamp(700))
    record.statements = [PartyStatement(text: awkward, waivesHearing: false, stamp: stamp(800))]
    record.hearing = HearingRecord(
      requestedOn: day("2025-04-03"), scheduledFor: day("2025-04-20"),
      noticeServedOn: day("2025-04-10"), heldOn: day("2025-04-20"), record: "笔录",
      requested: stamp(900))
    record.legalReviews = [
      LegalReviewRecord(
        checklist: checklist, outcome: .passed(opinion: "通过"), round: 2, stamp: stamp(1000))
    ]
    record.discussions = [
      CollectiveDiscussion(
        heldOn: day("2025-05-06"), minutes: "纪要", conclusion: "处罚", round: 2,
        stamp: stamp(1100))
    ]
    record.extensions = [
      CaseExtension(days: 30, reason: "复杂", collectiveMinutes: "纪要5", stamp: stamp(1200))
    ]
    record.pauses = [
      ClockPause(
        kind: .testing, reason: "检测", start: day("2025-05-10"), end: day("2025-05-20"),
        started: stamp(1300), ended: stamp(1400)),
      ClockPause(kind: .assessment, reason: "鉴定", start: day("2025-06-01"), started: stamp(1500)),
    ]
    record.decision = DecisionRecord(
      decision: .penalty(terms), documentNumber: "鞍环罚〔2025〕12号", decidedOn: day("2025-05-08"),
      referral: "REF-2025-0002", stamp: stamp(1600))
    record.supersededDecisions = [
      DecisionRecord(
        decision: .noPenaltyMinor(findingsOpen), documentNumber: "旧", decidedOn: day("2025-05-01"),
        referral: nil, stamp: systemStamp)
    ]
    record.service = ServiceRecord(servedOn: day("2025-05-09"), way: .post, stamp: stamp(1700))
    record.payments = [
      Payment(amountFen: 5_000_000, paidOn: day("2025-05-30"), receipt: "FS-1", stamp: stamp(1800))
    ]
    record.instalments = [Instalment(dueOn: day("2025-06-30"), amountFen: 5_000_000)]
    record.enforcement = [
      EnforcementRecord(
        action: .demand(documentNumber: "催1", on: day("2025-07-01")), stamp: stamp(1900)),
      EnforcementRecord(
        action: .courtApplication(court: "法院", on: day("2025-08-01")), stamp: stamp(2000)),
    ]
    record.rechecks = [
      RecheckRecord(
        checkedOn: day("2025-06-01"), correctionHeld: false, note: "", stamp: stamp(2100))
    ]
    record.closed = stamp(2200)
    record.archived = stamp(2300)
    record.supervisors = [
      SupervisorParticipation(supervisor: supervisor, invited: stamp(2400)),
      SupervisorParticipation(
        supervisor: "SV2", invited: stamp(2500), opinion: "同意", opinionStamp: stamp(2600)),
    ]
    record.referrals = ["REF-2025-0002", "REF-2025-0003"]
    return record
  }

  /// A copy of `value` changed by `change`.
  static func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
  }
}
