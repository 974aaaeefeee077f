import Testing

@testable import CaseDeskDomain

@Suite struct CaseGuardTests {
  typealias F = CaseFixture

  /// A case under investigation with an undecided preservation: every sample input is valid.
  func investigating() throws -> (CaseFixture, CaseID) {
    var f = CaseFixture()
    let id = try f.filed()
    try f.run(.startInvestigation(id, officers: [F.officer1, F.officer2]), by: F.officer1)
    try f.run(.preserveEvidence(id, items: "样品"), by: F.officer1)
    return (f, id)
  }

  @Test func everyCommandChecksTheRoleForEveryRole() throws {
    let (f, id) = try investigating()
    for (command, allowed) in CaseCommandSamples.withRoles(id, f) {
      for role in StaffRole.allCases {
        guard let staff = F.byRole[role] else { continue }
        let refusal = f.refusal(command, by: staff)
        if allowed.contains(role) {
          #expect(refusal?.kind != .notPermitted, "\(role) should be allowed: \(command)")
          #expect(
            refusal?.kind != .invalidInput,
            "sample should be valid: \(command) \(String(describing: refusal))")
        } else {
          #expect(refusal?.kind == .notPermitted, "\(role) should be refused: \(command)")
          #expect(refusal?.message.zh.isEmpty == false)
        }
      }
    }
  }

  @Test func unknownAndInactiveActorsAreRefused() throws {
    var (f, id) = try investigating()
    f.state.staff[F.officer1]?.isActive = false
    #expect(f.refusal(.preserveEvidence(id, items: "x"), by: F.officer1)?.kind == .notPermitted)
    #expect(f.refusal(.preserveEvidence(id, items: "x"), by: "NOBODY")?.kind == .notPermitted)
    #expect(f.refusal(.closeCase("CASE-NONE"), by: F.approver)?.kind == .notFound)
  }

  @Test func stagesAdvanceOnlyInLegalOrder() throws {
    var f = CaseFixture()
    let id = try f.open()
    let outOfOrder: [(CaseCommand, StaffID)] = [
      (.startInvestigation(id, officers: [F.officer1, F.officer2]), F.officer1),
      (.submitInvestigationReport(id, F.report), F.officer1),
      (.reviewCase(id, .passed(opinion: "o")), F.reviewer),
      (.givePriorNotice(id, f.notice(servedOn: f.today)), F.officer1),
      (.decide(id, .penalty(F.terms), documentNumber: "d"), F.approver),
      (.recordService(id, servedOn: f.today, way: .post), F.clerk),
      (.closeCase(id), F.approver),
      (.archiveCase(id), F.clerk),
      (.withdrawFiling(id, reason: "r"), F.approver),
    ]
    for (command, staff) in outOfOrder {
      let refusal = f.refusal(command, by: staff)
      #expect(refusal?.kind == .ruleViolated, "\(command)")
      #expect(refusal?.message.en.contains("opened") == true)
      #expect(refusal?.message.zh.contains("案源登记") == true)
    }
    try f.run(.fileCase(id, F.conditions), by: F.approver)
    #expect(f.refusal(.fileCase(id, F.conditions), by: F.approver)?.kind == .ruleViolated)
  }

  @Test func openingValidationListsEveryProblem() {
    let f = CaseFixture()
    let opening = CaseOpening(
      enterprise: F.enterpriseID, source: .other(" "), violation: "", legalBasis: " ",
      conductOn: f.today.adding(days: 1))
    let refusal = f.refusal(.openCase(opening), by: F.viewer)
    #expect(refusal?.kind == .invalidInput)
    #expect(refusal?.problems.map(\.field) == ["violation", "legalBasis", "conductOn", "source"])
    for problem in refusal?.problems ?? [] {
      #expect(!problem.message.zh.isEmpty && !problem.message.en.isEmpty)
    }
  }

  @Test func filingNeedsTheFourConditionsAndNoTimeBar() throws {
    var f = CaseFixture()
    let id = try f.open()
    let none = FilingConditions(
      suspectedViolation: false, penaltyPossible: false, withinJurisdiction: false,
      notTimeBarred: false, opinion: "")
    #expect(
      f.refusal(.fileCase(id, none), by: F.approver)?.problems.map(\.field) == [
        "filing.suspectedViolation", "filing.penaltyPossible", "filing.withinJurisdiction",
        "filing.notTimeBarred", "filing.opinion",
      ])
    #expect(f.refusal(.fileCase(id, F.conditions), by: F.officer1)?.kind == .notPermitted)
    f.now = F.at("2027-02-21")
    let refusal = f.refusal(.fileCase(id, F.conditions), by: F.approver)
    #expect(refusal?.message.en.contains("time-barred") == true)
    f.now = F.at("2027-02-20")
    #expect(f.refusal(.fileCase(id, F.conditions), by: F.approver) == nil)
    #expect(FilingConditions.lastFilingDay(conductOn: F.day("2024-02-29")) == F.day("2026-02-28"))
  }

  @Test func investigationNeedsTwoCertifiedOfficers() throws {
    var f = CaseFixture()
    let id = try f.filed()
    let refusal = f.refusal(
      .startInvestigation(id, officers: [F.uncertified, F.reviewer, "GHOST"]), by: F.officer1)
    #expect(
      refusal?.problems.map(\.field) == [
        "investigation.officers[0]", "investigation.officers[1]", "investigation.officers[1]",
        "investigation.officers[2]",
      ])
    #expect(
      f.refusal(.startInvestigation(id, officers: [F.officer1, F.officer1]), by: F.officer1)?
        .problems.map(\.field) == ["investigation.officers"])
    try f.run(.startInvestigation(id, officers: [F.officer1, F.officer2]), by: F.officer1)
    // Only the case's investigators record evidence.
    let evidence = EvidenceRecord(
      kind: .sampling, documentNumber: "n", madeOn: f.today, summary: "s")
    #expect(f.refusal(.recordEvidence(id, evidence), by: F.officer3)?.kind == .ruleViolated)
    #expect(
      f.refusal(.submitInvestigationReport(id, F.report), by: F.officer1)?.message.en
        .contains("No investigation record") == true)
    try f.run(.preserveEvidence(id, items: "样品"), by: F.officer1)
    try f.run(.recordEvidence(id, evidence), by: F.officer2)
    #expect(
      f.refusal(.submitInvestigationReport(id, F.report), by: F.officer1)?.message.en
        .contains("Preserved evidence") == true)
    #expect(
      f.refusal(.decidePreservedEvidence(id, index: 3, outcome: .seized, note: ""), by: F.officer1)?
        .problems.map(\.field) == ["preservation.index"])
  }

  @Test func reviewIsSeparateFromInvestigation() throws {
    var f = CaseFixture()
    f.state.staff[F.officer2]?.roles = [.officer, .legalReviewer]
    f.state.staff[F.officer2]?.legalQualification = "A1"
    let id = try f.reported()
    let refusal = f.refusal(.reviewCase(id, .passed(opinion: "ok")), by: F.officer2)
    #expect(refusal?.message.en.contains("Separation") == true)
    #expect(
      f.refusal(.reviewCase(id, .sentBack(reasons: "")), by: F.reviewer)?.problems.map(\.field)
        == ["review.reasons"])
  }

  @Test func legalReviewPassNeedsEveryCheck() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    let empty = LegalReviewChecklist(
      jurisdiction: false, procedure: false, facts: false, basis: false, discretion: false,
      documents: false, crimeReferralNeeded: false)
    #expect(
      f.refusal(.recordLegalReview(id, empty, .passed(opinion: "")), by: F.reviewer)?.problems
        .map(\.field) == [
          "legalReview.opinion", "checklist.jurisdiction", "checklist.procedure", "checklist.facts",
          "checklist.basis", "checklist.discretion", "checklist.documents",
        ])
  }

  @Test func hearingRequestWindowIsFiveWorkingDays() throws {
    var f = CaseFixture()
    f.now = F.at("2025-03-07")  // a Friday
    let id = try f.notified()
    let last = CaseRules.hearingRequestLastDay(servedOn: f.today, in: f.state)
    #expect(last == F.day("2025-03-14"))
    f.now = F.at("2025-03-17")
    let refusal = f.refusal(.recordHearingRequest(id, requestedOn: f.today), by: F.officer1)
    #expect(refusal?.message.en.contains("5 working days") == true)
    try f.run(.recordHearingRequest(id, requestedOn: F.day("2025-03-14")), by: F.officer1)
  }

  @Test func penaltyWaitsForTheHearingWindowUnlessWaived() throws {
    var f = CaseFixture()
    let id = try f.notified()
    #expect(
      f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)?.message.en
        .contains("hearing-request window") == true)
    try f.run(.recordStatement(id, text: "放弃听证", waivesHearing: true), by: F.officer1)
    #expect(f.refusal(.recordHearingRequest(id, requestedOn: f.today), by: F.officer1) != nil)
    #expect(f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver) == nil)
    let noRight = try f.notified(hearingRight: false)
    #expect(
      f.refusal(.recordHearingRequest(noRight, requestedOn: f.today), by: F.officer1)?.message.en
        .contains("no right") == true)
  }

  @Test func decisionValidationListsEveryProblem() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    let bad = NoPenaltyFindings(
      listItem: "NP-01", firstOffence: false, minor: false, correctedInTime: false,
      noHarmfulConsequence: false, notInSensitiveArea: false, correctionOrder: "",
      correctionDeadline: f.today.adding(days: -5), correctedOn: f.today.adding(days: -1),
      recheckOn: nil)
    let refusal = f.refusal(.decide(id, .noPenaltyMinor(bad), documentNumber: ""), by: F.approver)
    #expect(
      refusal?.problems.map(\.field) == [
        "decision.documentNumber", "decision.firstOffence", "decision.minor",
        "decision.correctedInTime", "decision.noHarmfulConsequence", "decision.notInSensitiveArea",
        "decision.correctionOrder", "decision.correctedOn", "decision.recheckOn",
      ])
    var missingDate = bad
    missingDate.listItem = "LP-01"
    missingDate.correctedOn = nil
    let second = f.refusal(
      .decide(id, .noPenaltyMinor(missingDate), documentNumber: "d"), by: F.approver)
    #expect(second?.problems.map(\.field).contains("decision.listItem") == true)
    #expect(second?.problems.map(\.field).contains("decision.correctedOn") == true)
    let terms = PenaltyTerms(fineFen: -1, legalBasis: "", discretion: "")
    #expect(
      f.refusal(.decide(id, .penalty(terms), documentNumber: "d"), by: F.approver)?.problems
        .map(\.field) == ["decision.fine", "decision.legalBasis", "decision.discretion"])
    #expect(
      f.refusal(
        .decide(
          id, .referral(CrimeGround(description: ""), responsiblePersons: [" "]),
          documentNumber: "d"),
        by: F.approver)?.problems.map(\.field) == [
          "decision.ground", "decision.responsiblePersons",
        ])
  }

  @Test func aFineNeverStandsInForACrimeReferral() throws {
    var f = CaseFixture()
    let id = try f.notified(hearingRight: false)
    var checklist = F.checklist
    checklist.crimeReferralNeeded = true
    try f.run(.recordLegalReview(id, checklist, .passed(opinion: "涉嫌犯罪")), by: F.reviewer)
    let refusal = f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)
    #expect(refusal?.message.en.contains("never stands in") == true)
    let draft = ReferralDraft(
      caseID: id, ground: .crime(CrimeGround(description: "非法处置危废")), responsiblePersons: ["甲"])
    try f.run(.draftReferral(draft), by: F.officer1)
    #expect(
      f.refusal(.referral(.cancelReferral("REF-2025-0001", reason: "x")), by: F.approver)?.kind
        == .ruleViolated)
    #expect(f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver) == nil)
    #expect(f.refusal(.withdrawFiling(id, reason: "r"), by: F.approver)?.kind == .ruleViolated)
  }

  @Test func applyRejectsEventsThatDoNotFit() throws {
    var f = CaseFixture()
    let id = try f.filed()
    let before = f.state
    let events: [CaseChange] = [
      .caseFiled("CASE-NONE", CaseNumber(prefix: "鞍环罚", year: 2025, sequence: 9)!, F.conditions),
      .hearingHeld(id, heldOn: f.today, record: "r"),
      .caseOpened(id, F.opening),
      .clockResumed(id, on: f.today),
      .investigationStarted(id, officers: [F.officer1]),
      .supervisorOpinionAdded(id, F.supervisor, opinion: "o"),
    ]
    for change in events {
      var state = f.state
      #expect(throws: Inconsistency.self) {
        try state.apply(Event(actor: .system, time: f.now, change: .enforcementCase(change)))
      }
      #expect(state == before)
    }
  }
}
