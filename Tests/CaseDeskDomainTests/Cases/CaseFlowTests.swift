import Testing

@testable import CaseDeskDomain

@Suite struct CaseFlowTests {
  typealias F = CaseFixture

  @Test func penaltyCaseFromClueToArchive() throws {
    var f = CaseFixture()
    var fromClue = F.opening
    fromClue.source = .clue(F.clue)
    let id = try f.open(fromClue)
    #expect(id == "CASE-2025-0001")
    #expect(f.refusal(.openCase(fromClue), by: F.officer1)?.kind == .ruleViolated)
    #expect(f.state.cases[id]?.stage == .opened)
    #expect(f.events.count == 2)
    #expect(f.events.last?.change == .clue(.convertedToCase(F.clue, id)))
    try f.run(.fileCase(id, F.conditions), by: F.approver)
    #expect(f.state.cases[id]?.number?.description == "鞍环罚〔2025〕1号")
    try f.run(.startInvestigation(id, officers: [F.officer1, F.officer2]), by: F.officer2)
    for kind in EvidenceKind.allCases {
      try f.run(
        .recordEvidence(
          id, EvidenceRecord(kind: kind, documentNumber: "D-\(kind)", madeOn: f.today, summary: "s")
        ),
        by: F.officer2)
    }
    try f.run(.preserveEvidence(id, items: "台账两本"), by: F.officer1)
    try f.run(
      .decidePreservedEvidence(id, index: 0, outcome: .released, note: "已返还"), by: F.officer1)
    try f.run(.submitInvestigationReport(id, F.report), by: F.officer1)
    try f.run(.reviewCase(id, .passed(opinion: "同意")), by: F.reviewer)
    try f.run(.givePriorNotice(id, f.notice(servedOn: f.today)), by: F.officer1)
    try f.run(.recordStatement(id, text: "无异议，放弃听证", waivesHearing: true), by: F.officer1)
    try f.run(.decide(id, .penalty(F.terms), documentNumber: "决-1"), by: F.approver)
    #expect(f.state.cases[id]?.stage == .decided)
    try f.run(.recordService(id, servedOn: f.today, way: .inPerson), by: F.clerk)
    try f.run(.recordPayment(id, amountFen: 4_000_000, paidOn: f.today, receipt: "R1"), by: F.clerk)
    #expect(f.refusal(.closeCase(id), by: F.approver)?.kind == .ruleViolated)
    try f.run(
      .recordPayment(id, amountFen: 6_000_000, paidOn: f.today, receipt: "R2"), by: F.officer1)
    try f.run(.closeCase(id), by: F.approver)
    try f.run(.archiveCase(id), by: F.clerk)
    #expect(f.state.cases[id]?.stage == .archived)
    #expect(try f.replayed() == f.state)
  }

  @Test func everyCommandOnAnArchivedCaseIsReadOnly() throws {
    var f = CaseFixture()
    let id = try f.filed()
    try f.run(.withdrawFiling(id, reason: "不属于本机关管辖"), by: F.approver)
    try f.run(.archiveCase(id), by: F.approver)
    for command in CaseCommandSamples.all(id, f) {
      for staff in F.byRole.values {
        #expect(f.refusal(command, by: staff)?.kind == .readOnly, "\(command)")
      }
    }
    let draft = ReferralDraft(
      caseID: id, ground: .crime(CrimeGround(description: "x")), responsiblePersons: ["甲"])
    #expect(f.refusal(.referral(.draftReferral(draft)), by: F.officer1)?.kind == .readOnly)
  }

  @Test func caseNumbersRunPerYear() throws {
    var f = CaseFixture()
    let a = try f.filed()
    let b = try f.filed()
    f.now = F.at("2026-01-05")
    let c = try f.filed()
    #expect(f.state.cases[a]?.number?.description == "鞍环罚〔2025〕1号")
    #expect(f.state.cases[b]?.number?.description == "鞍环罚〔2025〕2号")
    #expect(f.state.cases[c]?.number?.description == "鞍环罚〔2026〕1号")
    #expect(c == "CASE-2026-0001")
  }

  @Test func openingFromAnInspectionEmitsItsFact() throws {
    var f = CaseFixture()
    var opening = F.opening
    opening.source = .inspection(F.inspection)
    let id = try f.open(opening)
    #expect(f.events.last?.change == .inspection(.caseOpened(F.inspection, id)))
    opening.source = .inspection("INSP-MISSING")
    #expect(f.refusal(.openCase(opening), by: F.officer1)?.kind == .notFound)
    opening.source = .clue("CLUE-MISSING")
    #expect(f.refusal(.openCase(opening), by: F.officer1)?.kind == .notFound)
    opening.source = .other("上级交办")
    opening.enterprise = "NOPE"
    #expect(f.refusal(.openCase(opening), by: F.officer1)?.kind == .notFound)
  }

  @Test func hearingPathNeedsLegalReviewBeforeDecision() throws {
    var f = CaseFixture()
    let id = try f.notified()
    try f.run(.recordHearingRequest(id, requestedOn: f.today), by: F.officer1)
    #expect(f.state.cases[id]?.stage == .hearing)
    let served = f.today
    #expect(
      f.refusal(
        .scheduleHearing(id, hearingOn: served.adding(days: 8), noticeServedOn: served),
        by: F.officer1)?
        .message.en.contains("2025-03-12") == true)
    try f.run(
      .scheduleHearing(id, hearingOn: served.adding(days: 9), noticeServedOn: served),
      by: F.officer1)
    // No decision before the hearing is held.
    #expect(
      f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)?.kind
        == .ruleViolated)
    f.advance(days: 9)
    try f.run(.recordHearing(id, heldOn: f.today, record: "听证笔录"), by: F.officer1)
    let refusal = f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)
    #expect(refusal?.message.en.contains("legal review") == true)
    #expect(refusal?.message.zh.contains("法制审核") == true)
    // The legal reviewer needs a legal qualification.
    #expect(
      f.refusal(.recordLegalReview(id, F.checklist, .passed(opinion: "ok")), by: F.unqualified)?
        .message.en.contains("qualification") == true)
    try f.run(.recordLegalReview(id, F.checklist, .passed(opinion: "合法")), by: F.reviewer)
    try f.run(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)
    #expect(f.state.excludedPeriods(ofCase: id).count == 1)
    #expect(try f.replayed() == f.state)
  }

  @Test func complexCaseNeedsCollectiveDiscussion() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    try f.run(.setFlags(id, CaseFlags(complex: true, note: "多个法律关系")), by: F.officer1)
    // Only an approver clears a flag.
    #expect(f.refusal(.setFlags(id, CaseFlags()), by: F.officer1)?.kind == .ruleViolated)
    try f.run(
      .givePriorNotice(id, f.notice(servedOn: f.today, hearingRight: false)), by: F.officer1)
    try f.run(.recordLegalReview(id, F.checklist, .passed(opinion: "合法")), by: F.reviewer)
    let refusal = f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)
    #expect(refusal?.message.en.contains("collective discussion") == true)
    try f.run(
      .recordCollectiveDiscussion(id, heldOn: f.today, minutes: "纪要", conclusion: "同意处罚"),
      by: F.approver)
    try f.run(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)
  }

  @Test func sendBackStartsANewRound() throws {
    var f = CaseFixture()
    let id = try f.reported()
    try f.run(.reviewCase(id, .sentBack(reasons: "证据不足")), by: F.reviewer)
    #expect(f.state.cases[id]?.stage == .investigation)
    #expect(f.state.cases[id]?.round == 1)
    try f.run(.submitInvestigationReport(id, F.report), by: F.officer1)
    try f.run(.reviewCase(id, .passed(opinion: "ok")), by: F.reviewer)
    try f.run(.givePriorNotice(id, f.notice(servedOn: f.today)), by: F.officer1)
    try f.run(.recordLegalReview(id, F.checklist, .sentBack(reasons: "依据有误")), by: F.reviewer)
    #expect(f.state.cases[id]?.stage == .investigation)
    #expect(f.state.cases[id]?.currentNotice == nil)
  }

  @Test func noPenaltyMinorNeedsRecheckBeforeClosing() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    let findings = NoPenaltyFindings(
      listItem: "NP-01", firstOffence: true, minor: true, correctedInTime: true,
      noHarmfulConsequence: true, notInSensitiveArea: true, correctionOrder: "责改〔2025〕3号",
      correctionDeadline: f.today, correctedOn: f.today.adding(days: -1),
      recheckOn: f.today.adding(days: 30))
    try f.run(.decide(id, .noPenaltyMinor(findings), documentNumber: "不罚-1"), by: F.approver)
    try f.run(.recordService(id, servedOn: f.today, way: .post), by: F.clerk)
    #expect(f.refusal(.closeCase(id), by: F.approver)?.message.en.contains("re-check") == true)
    #expect(
      f.refusal(.recordPayment(id, amountFen: 1, paidOn: f.today, receipt: "r"), by: F.clerk)?
        .kind == .ruleViolated)
    try f.run(
      .recordRecheck(id, checkedOn: f.today, correctionHeld: true, note: "已整改"), by: F.officer1)
    try f.run(.closeCase(id), by: F.approver)
    // A second no-penalty decision for the same enterprise is not a first offence.
    let second = try f.reviewed()
    let refusal = f.refusal(
      .decide(second, .noPenaltyMinor(findings), documentNumber: "不罚-2"), by: F.approver)
    #expect(refusal?.message.en.contains("Not a first offence") == true)
    // NP-02 does not ask for a first offence.
    var other = findings
    other.listItem = "NP-02"
    try f.run(.decide(second, .noPenaltyMinor(other), documentNumber: "不罚-2"), by: F.approver)
  }

  @Test func factsNotEstablishedNeedsNoNotice() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    #expect(
      f.refusal(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)?.message.en
        .contains("prior notice") == true)
    try f.run(
      .decide(id, .noPenaltyNotEstablished(reasons: "证据不足"), documentNumber: "d"), by: F.approver)
    try f.run(.recordService(id, servedOn: f.today, way: .inPerson), by: F.officer1)
    try f.run(.closeCase(id), by: F.approver)
  }

  @Test func lighterAndMitigatedPenaltiesNameTheirListItem() throws {
    var f = CaseFixture()
    let id = try f.notified(hearingRight: false)
    let wrong = f.refusal(
      .decide(id, .lighterPenalty(F.terms, listItem: "MP-01"), documentNumber: "d"), by: F.approver)
    #expect(wrong?.problems.map(\.field) == ["decision.listItem"])
    try f.run(
      .decide(id, .lighterPenalty(F.terms, listItem: "LP-01"), documentNumber: "d"), by: F.approver)
    #expect(f.state.cases[id]?.decision?.decision.listItem == "LP-01")
    let other = try f.notified(hearingRight: false)
    try f.run(
      .decide(other, .mitigatedPenalty(F.terms, listItem: "MP-01"), documentNumber: "d2"),
      by: F.approver)
  }

  @Test func paymentSurchargeAndEnforcement() throws {
    var f = CaseFixture()
    let id = try f.served()
    let due = f.today.adding(days: 15)
    #expect(f.state.cases[id]?.paymentDueDay(in: f.state) == due)
    #expect(
      f.refusal(.recordEnforcement(id, .demand(documentNumber: "催-1", on: f.today)), by: F.clerk)?
        .kind == .ruleViolated)
    f.advance(days: 20)
    // 5 days late: 15% of 100,000 yuan.
    #expect(f.state.cases[id]?.lateSurchargeFen(asOf: f.today, in: f.state) == 1_500_000)
    #expect(
      f.refusal(
        .recordEnforcement(id, .courtApplication(court: "铁西区法院", on: f.today)), by: F.clerk)?
        .message.en.contains("demand") == true)
    try f.run(.recordEnforcement(id, .demand(documentNumber: "催-1", on: f.today)), by: F.clerk)
    try f.run(.recordEnforcement(id, .courtApplication(court: "铁西区法院", on: f.today)), by: F.clerk)
    #expect(
      f.refusal(
        .recordPayment(id, amountFen: 11_500_001, paidOn: f.today, receipt: "r"), by: F.clerk)?
        .kind == .ruleViolated)
    try f.run(.closeCase(id), by: F.approver)
  }

  @Test func instalmentsMustCoverTheUnpaidFine() throws {
    var f = CaseFixture()
    let id = try f.served()
    let plan = [
      Instalment(dueOn: f.today.adding(days: 30), amountFen: 5_000_000),
      Instalment(dueOn: f.today.adding(days: 60), amountFen: 4_000_000),
    ]
    #expect(f.refusal(.approveInstalments(id, plan), by: F.approver)?.kind == .ruleViolated)
    #expect(f.refusal(.approveInstalments(id, plan), by: F.clerk)?.kind == .notPermitted)
    var full = plan
    full[1].amountFen = 5_000_000
    try f.run(.approveInstalments(id, full), by: F.approver)
    #expect(f.state.cases[id]?.paymentDueDay(in: f.state) == f.today.adding(days: 60))
  }

  @Test func extensionsAndPauses() throws {
    var f = CaseFixture()
    let id = try f.filed()
    try f.run(.grantExtension(id, reason: "案情复杂", collectiveMinutes: ""), by: F.approver)
    #expect(
      f.refusal(.grantExtension(id, reason: "仍需调查", collectiveMinutes: ""), by: F.approver)?
        .message.en.contains("collective") == true)
    try f.run(.grantExtension(id, reason: "仍需调查", collectiveMinutes: "纪要2025-3"), by: F.approver)
    #expect(
      f.refusal(.grantExtension(id, reason: "再延", collectiveMinutes: "纪要"), by: F.approver)?
        .message.en.contains("No extension") == true)
    #expect(f.state.cases[id]?.extensionDays == 60)
    // Suspension: approver only; nothing advances while suspended.
    #expect(
      f.refusal(.pauseClock(id, .suspension, reason: "当事人下落不明", on: f.today), by: F.officer1)?
        .kind == .notPermitted)
    try f.run(.pauseClock(id, .suspension, reason: "当事人下落不明", on: f.today), by: F.approver)
    #expect(f.state.cases[id]?.isSuspended == true)
    #expect(
      f.refusal(.startInvestigation(id, officers: [F.officer1, F.officer2]), by: F.officer1)?
        .message.en.contains("suspended") == true)
    #expect(f.refusal(.resumeClock(id, on: f.today), by: F.officer1)?.kind == .notPermitted)
    f.advance(days: 5)
    try f.run(.resumeClock(id, on: f.today), by: F.approver)
    try f.run(.pauseClock(id, .testing, reason: "送检", on: f.today), by: F.officer1)
    try f.run(.resumeClock(id, on: f.today.adding(days: 0)), by: F.officer1)
    #expect(f.state.excludedPeriods(ofCase: id).count == 2)
    #expect(try f.replayed() == f.state)
  }

  @Test func supervisorsGiveTheirOwnOpinionWhenInvited() throws {
    var f = CaseFixture()
    let id = try f.reported()
    #expect(
      f.refusal(.addSupervisorOpinion(id, F.supervisor, opinion: "程序合法"), by: F.supervisorStaff)?
        .message.en.contains("not invited") == true)
    try f.run(.inviteSupervisor(id, F.supervisor), by: F.reviewer)
    #expect(f.refusal(.inviteSupervisor(id, F.supervisor), by: F.reviewer)?.kind == .ruleViolated)
    #expect(f.refusal(.inviteSupervisor(id, "SV-NONE"), by: F.reviewer)?.kind == .notFound)
    #expect(
      f.refusal(.addSupervisorOpinion(id, F.supervisor, opinion: "x"), by: F.viewer)?.kind
        == .notPermitted)
    try f.run(.addSupervisorOpinion(id, F.supervisor, opinion: "程序合法"), by: F.supervisorStaff)
    #expect(f.state.cases[id]?.supervisors.first?.opinion == "程序合法")
  }
}
