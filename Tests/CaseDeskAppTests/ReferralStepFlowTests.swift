import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Walks a crime referral and a detention referral through their stages by key presses, one
/// operator per step at its own moment, checking at each step the governing deadline and its
/// time left as the referrals pane shows them.
@Suite struct ReferralStepFlowTests {
  typealias F = ReferralStepFixture

  /// The selected row's governing deadline and time left, as the pane's columns show them.
  func clock(_ harness: AppHarness) -> (title: String, left: String) {
    guard let row = harness.state.referrals.selected else { return ("", "") }
    let strings = harness.state.strings
    return (
      ReferralColumn.text(row, column: ReferralColumn.clock, strings: strings),
      ReferralColumn.text(row, column: ReferralColumn.timeLeft, strings: strings)
    )
  }

  /// Checks the selected referral's governing deadline and time left, on the row and screen.
  func expectClock(
    _ harness: AppHarness, _ rule: DeadlineRuleID?, left: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let shown = clock(harness)
    let strings = harness.state.strings
    let title = rule.flatMap { harness.state.domain.settings.clocks[$0] }.map {
      strings.localized($0.title)
    }
    #expect(shown.title == (title ?? ""), sourceLocation: sourceLocation)
    #expect(shown.left == left, sourceLocation: sourceLocation)
    if !left.isEmpty {
      #expect(harness.screen.text.contains(left), sourceLocation: sourceLocation)
    }
  }

  /// Saves the open form and checks the referral moved to the stage.
  func save(
    _ harness: AppHarness, _ fixture: F, expect stage: ReferralStage,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let form = F.form(harness)
    harness.press("form.save")
    #expect(
      F.form(harness) == nil,
      "form still open: \(form?.problems ?? [:]) \(F.form(harness)?.generalProblem ?? "")",
      sourceLocation: sourceLocation)
    #expect(fixture.referrals(harness).last?.stage == stage, sourceLocation: sourceLocation)
    #expect(harness.state.message?.kind == .success, sourceLocation: sourceLocation)
    #expect(
      harness.state.referrals.selected?.record.stage == stage, sourceLocation: sourceLocation)
    fixture.keep(harness)
  }

  func left(_ harness: AppHarness, hours: Int? = nil, days: Int? = nil, police: Bool = false)
    -> String
  {
    let strings = harness.state.strings
    let text =
      hours.map { strings.format(.caseLeftHours, "\($0)") }
      ?? days.map { $0 == 0 ? strings[.caseLeftToday] : strings.format(.caseLeftDays, "\($0)") }
      ?? ""
    return police ? strings.format(.referralLeftPolice, text) : text
  }

  @Test func aCrimeReferralGoesFromDraftToPoliceFiling() throws {
    let fixture = try F()
    let number = try #require(fixture.state.cases[fixture.caseID]?.displayNumber)
    // Friday 10:00, officer1 drafts it from the referrals pane, choosing the case; the
    // monitoring reports are not ready yet.
    var harness = try fixture.harness("officer1", "2025-06-27", hour: 10)
    harness.press("referrals.draft")
    F.fill(ReferralDraftForm.caseField, number, harness)
    harness.press(keys: "<Enter>")
    F.choose(ReferralDraftForm.thresholdField, next: 1, harness)
    F.fill(ReferralDraftForm.tonnesField, "3.2", harness)
    F.fill(ReferralDraftForm.personsField, F.person, harness)
    let strings = harness.state.strings
    #expect(
      F.form(harness)?.form[ReferralDraftForm.thresholdField]?.hint
        == strings.format(
          .referralDraftThresholdMet,
          strings.localized(
            LocalizedText(zh: "危险废物≥3吨", en: "hazardous waste ≥3 t"))))
    for document in ReferralKind.crime.requiredDocuments where document != .monitoringReports {
      F.fill("doc." + document.rawValue, "文-" + document.rawValue, harness)
    }
    #expect(
      F.form(harness)?.value(ReferralStepValues.missingField)
        == strings.format(
          .referralStepMissing, strings.localized(ReferralDocument.monitoringReports.title)))
    harness.press("form.save")
    #expect(F.form(harness) == nil, "\(F.form(harness)?.problems ?? [:])")
    let referral = try #require(fixture.referrals(harness).first)
    #expect(referral.stage == .drafted)
    #expect(referral.kind == .crime)
    #expect(referral.documents.count == 6)
    #expect(
      referral.ground
        == .crime(
          CrimeGround(
            description: "非法处置危险废物 " + F.marker, facts: [.hazardousWaste(kilograms: 3200)])))
    fixture.keep(harness)
    // The head has 3 calendar days from the report to approve.
    harness = try fixture.harness("officer1", "2025-06-27", hour: 12)
    #expect(harness.state.referrals.selected?.id == referral.id)
    expectClock(harness, .crimeReferralApproval, left: left(harness, days: 3))
    // A clerk takes no step on a draft: the message says who must act.
    harness = try fixture.harness("clerk1", "2025-06-27", hour: 12)
    harness.press("referrals.nextStep")
    #expect(F.form(harness) == nil)
    #expect(
      harness.state.message?.text
        == strings.format(
          .referralStepNotYours, referral.id.raw, TopBarView.roleName(.approver, strings),
          strings[.referralStepApprove]))
    // Monday 09:00 the head approves: the 24-hour hand-over clock starts.
    harness = try fixture.harness("leader1", "2025-06-30", hour: 9)
    expectClock(harness, .crimeReferralApproval, left: left(harness, days: 0))
    F.open(.approve, harness)
    save(harness, fixture, expect: .approved)
    // Monday 12:00: 21 hours left; the hand-over is refused while a document is missing.
    harness = try fixture.harness("officer1", "2025-06-30", hour: 12)
    expectClock(harness, .crimeReferralHandOver, left: left(harness, hours: 21))
    F.open(.handOver, harness)
    F.fill("handOver.policeUnit", "鞍山市公安局", harness)
    F.fill("handOver.procuratorateCopy", "鞍山市人民检察院", harness)
    harness.press("form.save")
    let refused = try #require(F.form(harness))
    #expect(
      refused.generalProblem?.contains(strings.localized(ReferralDocument.monitoringReports.title))
        == true)
    #expect(
      harness.screen.text.contains(strings.localized(ReferralDocument.monitoringReports.title)))
    harness.press("form.cancel")
    if F.form(harness) != nil { harness.press(keys: "y") }
    // The documents step ticks the monitoring reports.
    F.open(.documents, harness)
    F.fill("doc.monitoringReports", "监-001", harness)
    #expect(
      F.form(harness)?.value(ReferralStepValues.missingField) == strings[.referralStepComplete])
    save(harness, fixture, expect: .approved)
    // 14:30 the hand-over: the time field says when.
    harness = try fixture.harness("officer1", "2025-06-30", hour: 15)
    expectClock(harness, .crimeReferralHandOver, left: left(harness, hours: 18))
    F.open(.handOver, harness)
    F.fill("handOver.policeUnit", "鞍山市公安局", harness)
    F.fill("handOver.procuratorateCopy", "鞍山市人民检察院", harness)
    F.replace("handOver.at", "2025-06-30 14:30", harness)
    save(harness, fixture, expect: .handedOver)
    #expect(
      fixture.referrals(harness).first?.handOver?.handedOverAt
        == F.at("2025-06-30", hour: 14, minute: 30))
    expectClock(harness, nil, left: "")
    // Tuesday 10:00 the police's receipt (clerk): the police have 24 hours to ask for more.
    harness = try fixture.harness("clerk1", "2025-07-01", hour: 10)
    F.open(.recordReceipt, harness)
    F.fill("receipt.number", "公回-001", harness)
    save(harness, fixture, expect: .received)
    expectClock(harness, .crimePoliceMaterialRequest, left: left(harness, hours: 24, police: true))
    // 16:00 they ask for more: the bureau has 3 days.
    harness = try fixture.harness("clerk1", "2025-07-01", hour: 16)
    expectClock(harness, .crimePoliceMaterialRequest, left: left(harness, hours: 18, police: true))
    F.open(.requestMaterial, harness)
    F.fill("materialRequest.items", "监测报告原件", harness)
    save(harness, fixture, expect: .materialRequested)
    expectClock(harness, .materialSupplement, left: left(harness, days: 3))
    // Wednesday officer1 supplies it: the police's 3 days to decide start again.
    harness = try fixture.harness("officer1", "2025-07-02", hour: 12)
    expectClock(harness, .materialSupplement, left: left(harness, days: 2))
    F.open(.supplyMaterial, harness)
    F.fill("materialSupply.note", "已补充原件", harness)
    save(harness, fixture, expect: .received)
    // 3 calendar days end on Saturday 2025-07-05: the period runs to Monday 2025-07-07.
    let decisionDue = try #require(harness.state.referrals.selected?.clock?.deadline.due)
    #expect(decisionDue == .endOfDay(try #require(Day("2025-07-07"))))
    expectClock(harness, .policeFilingDecision, left: left(harness, days: 5, police: true))
    // Thursday the police file the case.
    harness = try fixture.harness("clerk1", "2025-07-03", hour: 12)
    expectClock(harness, .policeFilingDecision, left: left(harness, days: 4, police: true))
    F.open(.policeDecision, harness)
    save(harness, fixture, expect: .policeDecided)
    #expect(fixture.referrals(harness).first?.policeDecision?.decision == .filed)
    expectClock(harness, nil, left: "")
    // Friday the head closes it; it is read-only after.
    harness = try fixture.harness("leader1", "2025-07-04")
    F.open(.close, harness)
    save(harness, fixture, expect: .closed)
    harness.press("referrals.nextStep")
    #expect(F.form(harness) == nil)
    #expect(
      harness.state.message?.text
        == strings.format(
          .referralStepReadOnly, referral.id.raw, strings.localized(ReferralStage.closed.title)))
  }

  @Test func aDetentionReferralIsRefusedAndReconsidered() throws {
    let fixture = try F()
    // Thursday 2025-06-26 10:00 the fine is decided.
    try fixture.decidePenalty(on: "2025-06-26")
    // 15:00 officer1 drafts the detention referral from the case review pane with `T`.
    var harness = try fixture.casesHarness("officer1", "2025-06-26", hour: 15)
    harness.press("cases.referral")
    let strings = harness.state.strings
    F.choose(ReferralDraftForm.kindField, next: 1, harness)
    F.choose(ReferralDraftForm.situationField, next: 2, harness)
    F.fill(ReferralDraftForm.personsField, F.person, harness)
    for document in ReferralKind.detention.requiredDocuments {
      F.fill("doc." + document.rawValue, "文-" + document.rawValue, harness)
    }
    #expect(
      F.form(harness)?.value(ReferralStepValues.missingField) == strings[.referralStepComplete])
    harness.press("form.save")
    #expect(
      F.form(harness) == nil,
      "\(F.form(harness)?.problems ?? [:]) \(F.form(harness)?.generalProblem ?? "")")
    let referral = try #require(fixture.referrals(harness).first)
    #expect(referral.ground == .detention(.evasiveDischarge(.hiddenPipe)))
    #expect(referral.documents.count == ReferralKind.detention.requiredDocuments.count)
    #expect(harness.state.referrals.selected?.id == referral.id)
    fixture.keep(harness)
    // 3 working days from Thursday's decision: Friday, Monday, Tuesday 2025-07-01.
    harness = try fixture.harness("leader1", "2025-06-27")
    let due = try #require(harness.state.referrals.selected?.clock?.deadline.due)
    #expect(due == .endOfDay(try #require(Day("2025-07-01"))))
    expectClock(harness, .detentionHandOver, left: left(harness, days: 4))
    F.open(.approve, harness)
    save(harness, fixture, expect: .approved)
    // Monday: the hand-over (no copy to the procuratorate for detention).
    harness = try fixture.harness("officer1", "2025-06-30")
    expectClock(harness, .detentionHandOver, left: left(harness, days: 1))
    F.open(.handOver, harness)
    #expect(F.form(harness)?.form["handOver.procuratorateCopy"] == nil)
    F.fill("handOver.policeUnit", "鞍山市公安局铁西分局", harness)
    save(harness, fixture, expect: .handedOver)
    // Tuesday the receipt: the police have 3 days to ask for more.
    harness = try fixture.harness("clerk1", "2025-07-01")
    F.open(.recordReceipt, harness)
    F.fill("receipt.number", "公回-002", harness)
    save(harness, fixture, expect: .received)
    expectClock(
      harness, .detentionPoliceMaterialRequest, left: left(harness, days: 3, police: true))
    // Friday 2025-07-04 the police refuse; the reconsideration window is 3 working days:
    // Monday to Wednesday 2025-07-09.
    harness = try fixture.harness("clerk1", "2025-07-04")
    F.open(.policeDecision, harness)
    F.choose(ReferralStepValues.decisionField, next: 1, harness)
    F.fill("policeDecision.reasons", "情节尚不严重", harness)
    save(harness, fixture, expect: .policeDecided)
    #expect(
      fixture.referrals(harness).first?.policeDecision?.decision
        == .refused(reasons: "情节尚不严重"))
    expectClock(harness, .reconsiderationRequest, left: left(harness, days: 5))
    // An officer cannot ask for reconsideration: the head must.
    harness = try fixture.harness("officer1", "2025-07-07")
    harness.press("referrals.nextStep")
    #expect(
      harness.state.message?.text
        == strings.format(
          .referralStepNotYours, referral.id.raw, TopBarView.roleName(.approver, strings),
          strings[.referralStepReconsideration]))
    // Monday the head asks for it.
    harness = try fixture.harness("leader1", "2025-07-07")
    expectClock(harness, .reconsiderationRequest, left: left(harness, days: 2))
    F.open(.requestReconsideration, harness)
    F.fill("reconsideration.grounds", "暗管排放证据确实", harness)
    save(harness, fixture, expect: .reconsiderationRequested)
    // Tuesday the police reverse: 10 days of detention.
    harness = try fixture.harness("clerk1", "2025-07-08")
    F.open(.recordAnswer, harness)
    F.choose(ReferralStepValues.answerField, next: 1, harness)
    F.fill("reconsideration.days", "3", harness)
    #expect(F.form(harness)?.problems["reconsideration.days"] != nil)
    F.replace("reconsideration.days", "10", harness)
    save(harness, fixture, expect: .reconsidered)
    #expect(
      fixture.referrals(harness).first?.reconsideration?.answer
        == .reversed(.detentionDecided(days: 10, lessSerious: false)))
    #expect(fixture.referrals(harness).first?.policeTookIt == true)
  }

  @Test func aDetentionReferralNeedsThePenaltyDecision() throws {
    let fixture = try F()
    let harness = try fixture.casesHarness("officer1", "2025-06-27")
    harness.press("cases.referral")
    F.choose(ReferralDraftForm.kindField, next: 1, harness)
    F.fill(ReferralDraftForm.personsField, F.person, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.generalProblem?.contains("第六十三条") == true)
    #expect(fixture.referrals(harness).isEmpty)
  }

  @Test func theLegalReviewsReferralIsDraftedOnceAndNoFineStandsInForIt() throws {
    let fixture = try F()
    try fixture.review()
    let checklist = LegalReviewChecklist(
      jurisdiction: true, procedure: true, facts: true, basis: true, discretion: true,
      documents: true, crimeReferralNeeded: true)
    try fixture.run(
      .recordLegalReview(fixture.caseID, checklist, .passed(opinion: "涉嫌犯罪，应移送")),
      by: "legal1", at: "2025-06-06", hour: 9)
    // The head cannot fine instead of referring.
    let terms = PenaltyTerms(fineFen: 10_000_000, legalBasis: "第一百一十二条", discretion: "中档")
    #expect(throws: (any Error).self) {
      try fixture.run(
        .decide(fixture.caseID, .penalty(terms), documentNumber: "罚-X"), by: "leader1",
        at: "2025-06-09", hour: 9)
    }
    // The officer's next step on the case is drafting the referral.
    var harness = try fixture.casesHarness("officer1", "2025-06-09")
    harness.press("cases.nextStep")
    guard case .draftReferral(fixture.caseID)? = F.form(harness)?.purpose else {
      Issue.record(
        "the next step is not the referral: \(String(describing: F.form(harness)?.purpose))")
      return
    }
    F.fill(ReferralDraftForm.personsField, F.person, harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    fixture.keep(harness)
    let drafted = try #require(fixture.referrals(harness).first)
    // The head cannot cancel it while the legal review stands.
    harness = try fixture.harness("leader1", "2025-06-10")
    F.open(.cancel, harness)
    F.fill("cancellation.reason", "改为罚款", harness)
    harness.press("form.save")
    #expect(F.form(harness)?.generalProblem?.contains("罚款不能代替移送") == true)
    // The decision "referral" refers to the drafted one: no second draft.
    try fixture.run(
      .decide(
        fixture.caseID,
        .referral(CrimeGround(description: "非法处置危险废物"), responsiblePersons: [F.person]),
        documentNumber: "移-R1"),
      by: "leader1", at: "2025-06-10", hour: 10)
    let state = fixture.state
    #expect(state.referrals.values.filter { $0.caseID == fixture.caseID }.count == 1)
    #expect(state.cases[fixture.caseID]?.decision?.referral == drafted.id)
  }

  @Test func theDraftWeighsTheFiguresAndTheDocumentsStepUnticks() throws {
    let fixture = try F(language: .en)
    var harness = try fixture.casesHarness("officer1", "2025-06-27")
    harness.press("cases.referral")
    let strings = harness.state.strings
    F.choose(ReferralDraftForm.thresholdField, next: 2, harness)
    // Cd needs 3×, Ni 10×: 0.35 against 0.1 meets the first, not the second.
    F.choose(ReferralDraftForm.metalField, next: 2, harness)
    F.fill(ReferralDraftForm.measuredField, "0.35", harness)
    F.fill(ReferralDraftForm.standardField, "0.1", harness)
    #expect(
      F.form(harness)?.form[ReferralDraftForm.thresholdField]?.hint
        == strings.format(.referralDraftThresholdMet, "Cd ≥3× the standard"))
    F.choose(ReferralDraftForm.metalField, next: 5, harness)
    #expect(F.form(harness)?.value(ReferralDraftForm.metalField) == "Ni ≥10×")
    #expect(
      F.form(harness)?.form[ReferralDraftForm.thresholdField]?.hint
        == strings[.referralDraftThresholdNotMet])
    F.replace(ReferralDraftForm.standardField, "x", harness)
    #expect(
      F.form(harness)?.problems[ReferralDraftForm.standardField]
        == strings[.referralStepNumberInvalid])
    F.replace(ReferralDraftForm.standardField, "0.01", harness)
    F.fill(ReferralDraftForm.personsField, F.person, harness)
    F.fill("doc.referralLetter", "移-1", harness)
    F.fill("doc.itemList", "清-1", harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil, "\(F.form(harness)?.problems ?? [:])")
    let referral = try #require(fixture.referrals(harness).first)
    #expect(
      referral.ground
        == .crime(
          CrimeGround(
            description: "非法处置危险废物 " + F.marker,
            facts: [.discharge(.nickel, measured: 0.35, standard: 0.01)])))
    #expect(referral.documents == [.referralLetter: "移-1", .itemList: "清-1"])
    fixture.keep(harness)
    // The documents step: nothing changed is a problem; clearing a number unticks it.
    harness = try fixture.harness("officer1", "2025-06-27")
    F.open(.documents, harness)
    harness.press("form.save")
    #expect(
      F.form(harness)?.problems["doc.referralLetter"] == strings[.referralStepNothingChanged])
    F.replace("doc.itemList", "", harness)
    F.fill("doc.photosAndVideo", "照-1", harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    #expect(
      fixture.referrals(harness).first?.documents
        == [.referralLetter: "移-1", .photosAndVideo: "照-1"])
  }
}
