import Testing

@testable import CaseDeskDomain

@Suite struct ReferralTests {
  typealias F = CaseFixture

  static let crimeDocuments: [ReferralDocument] = ReferralKind.crime.requiredDocuments

  func tickAll(_ f: inout CaseFixture, _ id: ReferralID, _ documents: [ReferralDocument]) throws {
    for document in documents {
      try f.run(
        .tickDocument(id, document, documentNumber: "文-\(document.rawValue)"), by: F.officer1)
    }
  }

  @Test func crimeReferralFromTheDecisionToPoliceFiling() throws {
    var f = CaseFixture()
    let caseID = try f.reviewed()
    let ground = CrimeGround(
      description: "非法处置危险废物", facts: [.hazardousWaste(kilograms: 3200)])
    try f.run(
      .decide(caseID, .referral(ground, responsiblePersons: ["王某"]), documentNumber: "移-1"),
      by: F.approver)
    let id: ReferralID = "REF-2025-0001"
    #expect(f.state.referrals[id]?.stage == .drafted)
    #expect(f.state.cases[caseID]?.referrals == [id])
    #expect(f.state.cases[caseID]?.decision?.referral == id)
    // The case cannot close on a referral the police have not taken.
    #expect(
      f.refusal(.closeCase(caseID), by: F.approver)?.message.en.contains("never stands in") == true)
    try f.run(.approveReferral(id), by: F.approver)
    let early = f.refusal(
      .referral(.handOver(id, policeUnit: "鞍山市公安局", at: f.now, procuratorateCopy: "鞍山市检察院")),
      by: F.officer1)
    #expect(early?.message.en.contains("missing") == true)
    #expect(early?.message.zh.contains("移送书") == true)
    try tickAll(&f, id, Self.crimeDocuments)
    let noCopy = f.refusal(
      .referral(.handOver(id, policeUnit: "鞍山市公安局", at: f.now, procuratorateCopy: "")),
      by: F.officer1)
    #expect(noCopy?.problems.map(\.field) == ["handOver.procuratorateCopy"])
    try f.run(
      .handOver(id, policeUnit: "鞍山市公安局", at: f.now, procuratorateCopy: "鞍山市检察院"), by: F.officer1)
    try f.run(.recordReceipt(id, at: f.now, receiptNumber: "回-1"), by: F.clerk)
    try f.run(.recordMaterialRequest(id, at: f.now, items: "监测报告原件"), by: F.clerk)
    #expect(
      f.refusal(.referral(.recordPoliceDecision(id, .filed, decidedOn: f.today)), by: F.clerk)?
        .kind == .ruleViolated)
    try f.run(.supplyMaterial(id, note: "已补充"), by: F.officer1)
    #expect(
      f.refusal(
        .referral(.recordPoliceDecision(id, .refused(reasons: ""), decidedOn: f.today)), by: F.clerk
      )?
      .problems.map(\.field) == ["policeDecision.kind"])
    try f.run(.recordPoliceDecision(id, .filed, decidedOn: f.today), by: F.clerk)
    try f.run(.closeReferral(id, note: "公安已立案"), by: F.approver)
    try f.run(.closeCase(caseID), by: F.approver)
    #expect(try f.replayed() == f.state)
  }

  @Test func refusedCrimeReferralSendsTheCaseBackToDecide() throws {
    var f = CaseFixture()
    let caseID = try f.reviewed()
    try f.run(
      .decide(
        caseID, .referral(CrimeGround(description: "g"), responsiblePersons: ["甲"]),
        documentNumber: "移"),
      by: F.approver)
    let id: ReferralID = "REF-2025-0001"
    try f.run(.approveReferral(id), by: F.approver)
    try tickAll(&f, id, Self.crimeDocuments)
    try f.run(.handOver(id, policeUnit: "公安", at: f.now, procuratorateCopy: "检察院"), by: F.officer1)
    try f.run(.recordReceipt(id, at: f.now, receiptNumber: "r"), by: F.clerk)
    try f.run(
      .recordPoliceDecision(id, .notFiled(reasons: "不构成犯罪"), decidedOn: f.today), by: F.clerk)
    #expect(
      f.refusal(.referral(.requestSupervision(id, note: "n")), by: F.approver)?.kind
        == .ruleViolated)
    try f.run(.requestReconsideration(id, grounds: "证据充分"), by: F.approver)
    try f.run(.recordReconsiderationAnswer(id, .upheld(reasons: "维持")), by: F.clerk)
    try f.run(.requestSupervision(id, note: "建议立案监督"), by: F.approver)
    #expect(f.state.caseMayBeDecidedAgain(caseID) == false)
    try f.run(.closeReferral(id, note: "监督未果"), by: F.approver)
    #expect(f.state.caseMayBeDecidedAgain(caseID))
    try f.run(
      .givePriorNotice(caseID, f.notice(servedOn: f.today, hearingRight: false)), by: F.officer1)
    try f.run(.decide(caseID, .penalty(F.terms), documentNumber: "罚-2"), by: F.approver)
    #expect(f.state.cases[caseID]?.supersededDecisions.count == 1)
    #expect(f.state.cases[caseID]?.decision?.decision.kind == .penalty)

  }

  @Test func reconsiderationWindowIsThreeWorkingDays() throws {
    var f = CaseFixture()
    let caseID = try f.reviewed()
    try f.run(
      .decide(
        caseID, .referral(CrimeGround(description: "g"), responsiblePersons: ["甲"]),
        documentNumber: "移"),
      by: F.approver)
    let id: ReferralID = "REF-2025-0001"
    try f.run(.approveReferral(id), by: F.approver)
    try tickAll(&f, id, Self.crimeDocuments)
    try f.run(.handOver(id, policeUnit: "公安", at: f.now, procuratorateCopy: "检察院"), by: F.officer1)
    try f.run(.recordReceipt(id, at: f.now, receiptNumber: "r"), by: F.clerk)
    f.now = F.at("2025-03-07")  // Friday
    try f.run(.recordPoliceDecision(id, .notFiled(reasons: "不构成"), decidedOn: f.today), by: F.clerk)
    f.now = F.at("2025-03-13")  // Thursday: the 4th working day
    #expect(
      f.refusal(.referral(.requestReconsideration(id, grounds: "g")), by: F.approver)?.message.en
        .contains("3 working days") == true)
    f.now = F.at("2025-03-12")
    try f.run(.requestReconsideration(id, grounds: "g"), by: F.approver)
  }

  @Test func detentionReferralNeedsThePenaltyDecision() throws {
    var f = CaseFixture()
    let caseID = try f.notified(hearingRight: false)
    let draft = ReferralDraft(
      caseID: caseID, ground: .detention(.evasiveDischarge(.hiddenPipe)), responsiblePersons: ["李某"]
    )
    #expect(
      f.refusal(.referral(.draftReferral(draft)), by: F.officer1)?.message.en
        .contains("penalty decision first") == true)
    try f.run(.decide(caseID, .penalty(F.terms), documentNumber: "罚-1"), by: F.approver)
    try f.run(.draftReferral(draft), by: F.officer1)
    #expect(f.refusal(.referral(.draftReferral(draft)), by: F.officer1)?.kind == .ruleViolated)
    let id: ReferralID = "REF-2025-0001"
    let deadlines = f.state.deadlines(ofReferral: id, calendar: .shipped)
    #expect(deadlines.map(\.rule) == [.detentionHandOver])
    #expect(deadlines.first?.due == .endOfDay(F.day("2025-03-06")))
    try f.run(.approveReferral(id), by: F.approver)
    #expect(f.state.missingDocuments(ofReferral: id).contains(.penaltyDecision))
    try tickAll(&f, id, ReferralKind.detention.requiredDocuments)
    #expect(f.state.missingDocuments(ofReferral: id).isEmpty)
    try f.run(.handOver(id, policeUnit: "铁西分局", at: f.now, procuratorateCopy: ""), by: F.officer1)
    try f.run(.recordReceipt(id, at: f.now, receiptNumber: "r"), by: F.clerk)
    #expect(
      f.refusal(
        .referral(
          .recordPoliceDecision(
            id, .detentionDecided(days: 4, lessSerious: true), decidedOn: f.today)),
        by: F.clerk)?.problems.map(\.field) == ["policeDecision.days"])
    #expect(
      f.refusal(
        .referral(
          .recordPoliceDecision(
            id, .detentionDecided(days: 9, lessSerious: false), decidedOn: f.today)),
        by: F.clerk)?.problems.map(\.field) == ["policeDecision.days"])
    try f.run(.recordPoliceDecision(id, .refused(reasons: ""), decidedOn: f.today), by: F.clerk)
    let open = f.state.deadlines(ofReferral: id, calendar: .shipped).map(\.rule)
    #expect(open == [.reconsiderationRequest, .detentionRefusalReasons])
    try f.run(.recordRefusalReasons(id, reasons: "证据不足"), by: F.clerk)
    try f.run(.requestReconsideration(id, grounds: "暗管证据确凿"), by: F.approver)
    try f.run(
      .recordReconsiderationAnswer(id, .reversed(.detentionDecided(days: 10, lessSerious: false))),
      by: F.clerk)
    #expect(f.state.referrals[id]?.policeTookIt == true)
    #expect(
      f.refusal(.referral(.requestSupervision(id, note: "n")), by: F.approver)?.kind
        == .ruleViolated)
    try f.run(.closeReferral(id, note: "已拘留"), by: F.approver)
    #expect(try f.replayed() == f.state)
  }

  @Test func crimeReferralDeadlinesOnBothSides() throws {
    var f = CaseFixture()
    let caseID = try f.reviewed()
    let draft = ReferralDraft(
      caseID: caseID, ground: .crime(CrimeGround(description: "g")), responsiblePersons: ["甲"])
    try f.run(.draftReferral(draft), by: F.officer1)
    let id: ReferralID = "REF-2025-0001"
    var deadlines = f.state.deadlines(ofReferral: id, calendar: .shipped)
    #expect(deadlines.map(\.rule) == [.crimeReferralApproval])
    #expect(deadlines.first?.owners == [.approver])
    try f.run(.approveReferral(id), by: F.approver)
    deadlines = f.state.deadlines(ofReferral: id, calendar: .shipped)
    #expect(deadlines.first?.due == .instant(f.now.adding(seconds: 24 * 3600)))
    try tickAll(&f, id, Self.crimeDocuments)
    try f.run(.handOver(id, policeUnit: "公安", at: f.now, procuratorateCopy: "检"), by: F.officer1)
    #expect(f.state.deadlines(ofReferral: id, calendar: .shipped).isEmpty)
    try f.run(.recordReceipt(id, at: f.now, receiptNumber: "r"), by: F.clerk)
    deadlines = f.state.deadlines(ofReferral: id, calendar: .shipped)
    #expect(
      deadlines.map(\.rule) == [
        .crimePoliceMaterialRequest, .policeFilingDecision, .policeNotification,
      ])
    #expect(deadlines.allSatisfy { $0.party == .police })
    try f.run(.recordMaterialRequest(id, at: f.now, items: "x"), by: F.clerk)
    deadlines = f.state.deadlines(ofReferral: id, calendar: .shipped)
    #expect(deadlines.map(\.rule) == [.materialSupplement])
    #expect(deadlines.first?.party == .bureau)
    // Referral time does not count against the case's decision clock.
    #expect(f.state.excludedPeriods(ofCase: caseID).count == 1)
  }

  @Test func draftValidationAndRoles() throws {
    var f = CaseFixture()
    let caseID = try f.filed()
    let bad = ReferralDraft(
      caseID: caseID,
      ground: .crime(
        CrimeGround(
          description: "",
          facts: [.hazardousWaste(kilograms: 0), .discharge(.lead, measured: -1, standard: 0)])),
      responsiblePersons: [])
    #expect(
      f.refusal(.referral(.draftReferral(bad)), by: F.viewer)?.problems.map(\.field) == [
        "referral.ground", "referral.facts[0]", "referral.facts[1]", "referral.responsiblePersons",
      ])
    let good = ReferralDraft(
      caseID: caseID, ground: .crime(CrimeGround(description: "g")), responsiblePersons: ["甲"])
    for role in StaffRole.allCases where role != .officer {
      #expect(
        f.refusal(.referral(.draftReferral(good)), by: F.byRole[role] ?? "")?.kind == .notPermitted)
    }
    try f.run(.draftReferral(good), by: F.officer1)
    let id: ReferralID = "REF-2025-0001"
    #expect(f.refusal(.referral(.approveReferral(id)), by: F.officer1)?.kind == .notPermitted)
    #expect(
      f.refusal(.referral(.tickDocument(id, .penaltyDecision, documentNumber: "x")), by: F.reviewer)
        == nil)
    #expect(
      f.refusal(.referral(.tickDocument(id, .approvalSlip, documentNumber: "")), by: F.officer1)?
        .problems.map(\.field) == ["document.number"])
    #expect(
      f.refusal(.referral(.untickDocument(id, .itemList)), by: F.officer1)?.kind == .ruleViolated)
    try f.run(.cancelReferral(id, reason: "证据不足以移送"), by: F.approver)
    #expect(f.refusal(.referral(.approveReferral(id)), by: F.approver)?.kind == .ruleViolated)
    #expect(f.refusal(.referral(.approveReferral("REF-NONE")), by: F.approver)?.kind == .notFound)
  }

  @Test func thresholdsOfTheJudicialInterpretation() {
    #expect(CrimeThreshold.suggestsReferral([.hazardousWaste(kilograms: 3000)]))
    #expect(!CrimeThreshold.suggestsReferral([.hazardousWaste(kilograms: 2999)]))
    for metal in [HeavyMetal.lead, .mercury, .cadmium, .chromium, .arsenic, .thallium, .antimony] {
      #expect(CrimeThreshold.suggestsReferral([.discharge(metal, measured: 0.3, standard: 0.1)]))
      #expect(!CrimeThreshold.suggestsReferral([.discharge(metal, measured: 0.29, standard: 0.1)]))
    }
    for metal in [HeavyMetal.nickel, .copper, .zinc, .silver, .vanadium, .manganese, .cobalt] {
      #expect(CrimeThreshold.suggestsReferral([.discharge(metal, measured: 10, standard: 1)]))
      #expect(!CrimeThreshold.suggestsReferral([.discharge(metal, measured: 9.9, standard: 1)]))
    }
    #expect(CrimeThreshold.met(by: [.discharge(.zinc, measured: 1, standard: 0)]).isEmpty)
  }

  @Test func applyRejectsReferralEventsThatDoNotFit() throws {
    var f = CaseFixture()
    let caseID = try f.filed()
    let before = f.state
    let changes: [ReferralChange] = [
      .referralApproved("REF-NONE"),
      .referralDrafted(
        "REF-X",
        ReferralDraft(
          caseID: "CASE-NONE", ground: .detention(.bannedPesticides), responsiblePersons: []),
        enterprise: F.enterpriseID),
    ]
    for change in changes {
      var state = f.state
      #expect(throws: Inconsistency.self) {
        try state.apply(Event(actor: .system, time: f.now, change: .referral(change)))
      }
      #expect(state == before)
    }
    _ = caseID
  }
}
