import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Walks a case from its opening to the archive by key presses, one operator per step, each
/// saved step visible in the pane's stage column.
@Suite struct CaseStepFlowTests {
  typealias F = CaseStepFixture

  /// Saves the open form and checks the case moved to the stage, in the store and on screen.
  func save(
    _ harness: AppHarness, _ fixture: F, expect stage: CaseStage,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let form = F.form(harness)
    refusesTheWrongRole(form, harness, sourceLocation: sourceLocation)
    harness.press("form.save")
    #expect(
      F.form(harness) == nil,
      "form still open: \(form?.problems ?? [:]) \(F.form(harness)?.generalProblem ?? "")",
      sourceLocation: sourceLocation)
    #expect(fixture.record(harness)?.stage == stage, sourceLocation: sourceLocation)
    #expect(harness.state.message?.kind == .success, sourceLocation: sourceLocation)
    let title = harness.state.strings.localized(stage.title)
    #expect(
      harness.state.cases.selected?.record.stage == stage, sourceLocation: sourceLocation)
    #expect(harness.screen.text.contains(title), sourceLocation: sourceLocation)
    fixture.keep(harness)
  }

  /// The form's command, executed by a commissioner (a role no step allows), is refused as
  /// not permitted, with the step's name in the reason.
  func refusesTheWrongRole(
    _ form: PaneForm?, _ harness: AppHarness, sourceLocation: SourceLocation
  ) {
    guard let form, let command = form.command(in: harness.state) else {
      Issue.record("the form makes no command", sourceLocation: sourceLocation)
      return
    }
    let state = harness.store.state
    do throws(Refusal) {
      _ = try Domain.execute(command, by: .staff("commissioner1"), at: harness.state.now, in: state)
      Issue.record("a commissioner may take \(command)", sourceLocation: sourceLocation)
    } catch {
      #expect(error.kind == .notPermitted, sourceLocation: sourceLocation)
      #expect(
        !harness.state.strings.localized(error.message).isEmpty, sourceLocation: sourceLocation)
    }
  }

  /// `>` by an operator whose role takes no step now says who must act, and opens nothing.
  func saysWhoMustAct(
    _ operatorID: String, _ fixture: F, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let harness = try fixture.harness(operatorID)
    harness.press("cases.nextStep")
    #expect(F.form(harness) == nil, sourceLocation: sourceLocation)
    let record = try #require(fixture.record(harness))
    let strings = harness.state.strings
    let actors = StaffRole.allCases.filter { record.nextActors.contains($0) }
      .map { TopBarView.roleName($0, strings) }.joined(separator: strings[.caseStepRoleSeparator])
    #expect(
      harness.state.message?.text
        == strings.format(
          .caseStepNotYours, record.displayNumber, actors,
          strings.localized(record.stage.nextStepTitle)),
      sourceLocation: sourceLocation)
  }

  @Test func aCaseWalksFromOpeningToTheArchive() throws {
    let fixture = try F()
    try saysWhoMustAct("officer1", fixture)
    // Filing (approver): the four conditions and the opinion; the number is assigned.
    try file(fixture)
    var harness = try fixture.harness("officer1")
    #expect(fixture.record(harness)?.number != nil)

    // Investigation (officer): two certified officers, a record, the report.
    F.open(.startInvestigation, harness)
    F.fill("officer2", "officer2", harness)
    harness.press(keys: "<Enter>")
    save(harness, fixture, expect: .investigation)
    #expect(fixture.record(harness)?.officers.count == 2)

    harness = try fixture.harness("officer1")
    F.open(.recordEvidence, harness)
    F.fill("evidence.documentNumber", "KC-1", harness)
    F.fill("evidence.summary", "现场检查", harness)
    save(harness, fixture, expect: .investigation)
    #expect(fixture.record(harness)?.evidence.count == 1)

    harness = try fixture.harness("officer1")
    F.open(.submitReport, harness)
    F.fill("report.proposedOutcome", "罚款五万元", harness)
    save(harness, fixture, expect: .reported)

    // Case review (legal reviewer, not an investigator); a clerk has nothing to do here.
    try saysWhoMustAct("clerk1", fixture)
    // An officer may only pause the clock now; the form says whose the review is.
    harness = try fixture.harness("officer1")
    harness.press("cases.nextStep")
    let pausing = try #require(F.form(harness))
    #expect(pausing.purpose == .caseStep(fixture.caseID, .pauseClock))
    let waiting = try #require(fixture.record(harness))
    #expect(
      pausing.form[CaseStepForm.stepField]?.hint
        == CaseStepForm.waitingMessage(for: waiting, in: harness.state))
    harness = try fixture.harness("legal1")
    F.open(.reviewCase, harness)
    F.fill("review.opinion", "事实清楚", harness)
    save(harness, fixture, expect: .reviewed)

    // Prior notice with a right to a hearing; the party asks for one.
    harness = try fixture.harness("officer1")
    F.open(.givePriorNotice, harness)
    F.fill("notice.documentNumber", "GZ-1", harness)
    F.fill("notice.reasons", "违反排放标准", harness)
    F.toggle("notice.hearingRight", harness)
    save(harness, fixture, expect: .notified)

    harness = try fixture.harness("officer1")
    F.open(.recordStatement, harness)
    F.fill("statement.text", "当事人陈述已整改", harness)
    save(harness, fixture, expect: .notified)
    #expect(fixture.record(harness)?.statements.count == 1)

    harness = try fixture.harness("officer1", today: "2025-07-01")
    F.open(.requestHearing, harness)
    save(harness, fixture, expect: .hearing)

    harness = try fixture.harness("officer1", today: "2025-07-02")
    F.open(.scheduleHearing, harness)
    F.fill("hearing.hearingOn", "2025-07-14", harness)
    save(harness, fixture, expect: .hearing)

    harness = try fixture.harness("officer1", today: "2025-07-14")
    F.open(.recordHearing, harness)
    F.fill("hearing.record", "当事人到场陈述", harness)
    save(harness, fixture, expect: .hearing)
    #expect(fixture.record(harness)?.hearing?.isHeld == true)

    // Legal review: the whole checklist, no crime referral.
    harness = try fixture.harness("legal1", today: "2025-07-15")
    F.open(.legalReview, harness)
    for check in CaseStepValues.checklist { F.toggle("checklist." + check.id, harness) }
    F.fill("legalReview.opinion", "同意", harness)
    save(harness, fixture, expect: .legalReviewed)

    harness = try fixture.harness("leader1", today: "2025-07-15")
    F.open(.collectiveDiscussion, harness)
    F.fill("discussion.minutes", "纪要", harness)
    F.fill("discussion.conclusion", "同意处罚", harness)
    save(harness, fixture, expect: .discussed)

    // The decision: a penalty with its fine, basis and discretion notes.
    harness = try fixture.harness("leader1", today: "2025-07-16")
    F.open(.decide, harness)
    F.fill("decision.documentNumber", "JD-1", harness)
    F.fill("decision.fine", "50000", harness)
    F.fill("decision.discretion", "首次违法", harness)
    save(harness, fixture, expect: .decided)
    #expect(fixture.record(harness)?.fineFen == 5_000_000)

    try saysWhoMustAct("legal1", fixture)
    harness = try fixture.harness("clerk1", today: "2025-07-17")
    F.open(.recordService, harness)
    save(harness, fixture, expect: .served)

    // The payment form offers what is owed.
    harness = try fixture.harness("clerk1", today: "2025-07-20")
    F.open(.recordPayment, harness)
    #expect(F.form(harness)?.value("payment.amount") == "50000.00")
    F.fill("payment.receipt", "RC-1", harness)
    save(harness, fixture, expect: .enforcement)
    #expect(fixture.record(harness)?.outstandingFineFen == 0)

    harness = try fixture.harness("leader1", today: "2025-07-21")
    F.open(.closeCase, harness)
    save(harness, fixture, expect: .closed)

    harness = try fixture.harness("clerk1", today: "2025-07-21")
    F.open(.archiveCase, harness)
    save(harness, fixture, expect: .archived)

    // An archived case is read-only: `>` opens nothing and says so.
    harness = try fixture.harness("leader1", today: "2025-07-22")
    harness.press("cases.nextStep")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.kind == .error)
    let number = try #require(fixture.record(harness)?.displayNumber)
    #expect(harness.state.message?.text == harness.state.strings.format(.caseStepArchived, number))
  }

  /// Files the fixture's case as the approver: the four conditions and the opinion.
  func file(_ fixture: F) throws {
    let harness = try fixture.harness("leader1")
    F.open(.fileCase, harness)
    for id in [
      "filing.suspectedViolation", "filing.penaltyPossible", "filing.withinJurisdiction",
      "filing.notTimeBarred",
    ] {
      F.toggle(id, harness)
    }
    F.fill("filing.opinion", "同意立案", harness)
    save(harness, fixture, expect: .filed)
  }

  /// Files, investigates, reports and reviews the fixture's case (the case review passed).
  func walkToReview(_ fixture: F) throws {
    try file(fixture)
    var harness = try fixture.harness("officer1")
    F.open(.startInvestigation, harness)
    F.fill("moreOfficers", "officer3", harness)
    save(harness, fixture, expect: .investigation)
    harness = try fixture.harness("officer1")
    F.open(.recordEvidence, harness)
    F.fill("evidence.documentNumber", "KC-1", harness)
    F.fill("evidence.summary", "现场检查", harness)
    save(harness, fixture, expect: .investigation)
    harness = try fixture.harness("officer1")
    F.open(.submitReport, harness)
    F.fill("report.proposedOutcome", "依法处理", harness)
    save(harness, fixture, expect: .reported)
    harness = try fixture.harness("legal1")
    F.open(.reviewCase, harness)
    F.fill("review.opinion", "事实清楚", harness)
    save(harness, fixture, expect: .reviewed)
  }

  /// Opens the decision form with a kind chosen, the document number filled in.
  func openDecision(_ kind: DecisionKind, _ harness: AppHarness) throws {
    F.open(.decide, harness)
    let index = try #require(CaseStepValues.decisionKinds.firstIndex(of: kind))
    F.choose(CaseStepValues.decisionKindField, next: index, harness)
    F.fill("decision.documentNumber", "JD-9", harness)
  }

  @Test func noPenaltyWhenTheFactsAreNotEstablished() throws {
    let fixture = try F()
    try walkToReview(fixture)
    let harness = try fixture.harness("leader1", today: "2025-07-01")
    try openDecision(.noPenaltyNotEstablished, harness)
    F.fill("decision.reasons", "证据不足", harness)
    save(harness, fixture, expect: .decided)
    #expect(fixture.record(harness)?.decision?.decision.kind == .noPenaltyNotEstablished)
  }

  @Test func noPenaltyForAMinorViolationWithItsCriteria() throws {
    let fixture = try F()
    try walkToReview(fixture)
    let harness = try fixture.harness("leader1", today: "2025-07-01")
    try openDecision(.noPenaltyMinor, harness)
    #expect(F.form(harness)?.form["decision.firstOffence"]?.hint != nil)
    F.fill("decision.listItem", "NP-02", harness)
    harness.press(keys: "<Enter>")
    for criterion in [LeniencyCriterion.minor, .correctedInTime, .noHarmfulConsequence] {
      F.toggle(criterion.field, harness)
    }
    F.fill("decision.correctionOrder", "ZL-1", harness)
    F.fill("decision.correctionDeadline", "2025-06-20", harness)
    F.fill("decision.correctedOn", "2025-06-25", harness)
    F.fill("decision.recheckOn", "2025-07-30", harness)
    // Corrected after the order's deadline: the domain's reason shows on the field.
    #expect(F.form(harness)?.problems["decision.correctedOn"] != nil)
    F.focus("decision.correctedOn", harness)
    harness.press(keys: "<BS> <BS>")
    harness.type("15")
    save(harness, fixture, expect: .decided)
    let decision = try #require(fixture.record(harness)?.decision?.decision)
    #expect(decision.kind == .noPenaltyMinor && decision.listItem == "NP-02")
  }

  @Test func aLighterPenaltyUnderItsListItemAfterTheNotice() throws {
    let fixture = try F()
    try walkToReview(fixture)
    var harness = try fixture.harness("officer1")
    F.open(.givePriorNotice, harness)
    F.fill("notice.documentNumber", "GZ-1", harness)
    F.fill("notice.reasons", "违反排放标准", harness)
    save(harness, fixture, expect: .notified)
    harness = try fixture.harness("leader1", today: "2025-07-01")
    try openDecision(.lighterPenalty, harness)
    let item = try #require(LeniencyCatalog.standard.items(on: .lighterPenalty).first)
    F.fill("decision.fine", "12000.5", harness)
    F.fill("decision.discretion", "主动改正", harness)
    // No list item yet: the domain names the list.
    harness.press("form.save")
    #expect(F.form(harness)?.problems["decision.listItem"] != nil)
    F.fill("decision.listItem", item.id, harness)
    harness.press(keys: "<Enter>")
    save(harness, fixture, expect: .decided)
    let decision = try #require(fixture.record(harness)?.decision?.decision)
    #expect(decision.kind == .lighterPenalty && decision.listItem == item.id)
    #expect(decision.fineFen == 1_200_050)
  }

  @Test func theClockIsExtendedSuspendedAndResumed() throws {
    let fixture = try F()
    try walkToReview(fixture)
    var harness = try fixture.harness("leader1")
    F.open(.grantExtension, harness)
    F.fill("extension.reason", "案情复杂", harness)
    save(harness, fixture, expect: .reviewed)
    #expect(fixture.record(harness)?.extensions.count == 1)

    harness = try fixture.harness("leader1")
    F.open(.pauseClock, harness)
    F.fill("pause.reason", "当事人下落不明", harness)
    save(harness, fixture, expect: .reviewed)
    #expect(fixture.record(harness)?.isSuspended == true)

    // A suspended case offers an officer nothing: only an approver resumes it.
    try saysWhoMustAct("officer1", fixture)
    harness = try fixture.harness("leader1", today: "2025-07-03")
    harness.press("cases.nextStep")
    guard case .caseStep(_, let step)? = F.form(harness)?.purpose else {
      Issue.record("no step form opened")
      return
    }
    #expect(step == .resumeClock)
    save(harness, fixture, expect: .reviewed)
    #expect(fixture.record(harness)?.isSuspended == false)
  }

  @Test func aReferralDraftsACrimeReferral() throws {
    let fixture = try F()
    try walkToReview(fixture)
    let harness = try fixture.harness("leader1", today: "2025-07-01")
    try openDecision(.referral, harness)
    F.fill("decision.ground", "涉嫌污染环境罪", harness)
    F.fill("decision.responsiblePersons", "张三，李四", harness)
    save(harness, fixture, expect: .decided)
    let record = try #require(fixture.record(harness))
    #expect(record.decision?.decision.kind == .referral)
    #expect(record.referrals.count == 1)
  }
}
