import Testing

@testable import CaseDeskDomain

@Suite struct InspectionOnSiteTests {
  typealias F = FieldFixture

  // MARK: - "No inspection record without a prior approval"

  @Test func scanInAndResultAreRefusedBeforeApproval() {
    var f = F()
    let id = f.planned()
    let scan = f.refusal(
      .inspection(.recordScanIn(id, F.scan())), by: F.officer1, at: F.at("2025-03-10", minutes: 31))
    expectRefused(scan, .ruleViolated, zh: "无计划不检查", en: "not approved")
    let result = f.refusal(
      .inspection(
        .recordResult(id, outcome: .compliant, findings: "", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10", minutes: 40))
    expectRefused(result, .ruleViolated, zh: "无计划不检查", en: "not approved")
  }

  @Test func scanBeforeTheApprovalTimeIsRefused() {
    var f = F()
    let id = f.approved()
    var report = F.scan()
    report.scannedAt = F.at("2025-03-03")
    let refusal = f.refusal(
      .inspection(.recordScanIn(id, report)), by: F.officer1, at: F.at("2025-03-10"))
    expectRefused(refusal, .ruleViolated, zh: "早于审批时间", en: "earlier than the approval")
  }

  @Test func scanInRecordsOfficersWithCertificates() {
    var f = F()
    let id = f.scannedIn()
    let scan = f.state.inspections[id]?.scanIn
    #expect(scan?.place == "厂区东门")
    #expect(scan?.verification == .verified)
    #expect(
      scan?.officers == [
        InspectionScanIn.Officer(staff: F.officer1, certificateNumber: "21030001"),
        InspectionScanIn.Officer(staff: F.officer2, certificateNumber: "21030002"),
      ])
    #expect(f.state.inspections[id]?.stage == .scannedIn)
  }

  @Test func scanInReportsEveryProblem() {
    var f = F()
    let id = f.approved()
    let report = ScanInReport(
      scannedAt: F.at("2025-03-11"), place: " ", officers: [F.uncertified],
      verification: .verified)
    let refusal = f.refusal(
      .inspection(.recordScanIn(id, report)), by: F.officer1, at: F.at("2025-03-10"))
    expectInvalid(
      refusal,
      fields: ["scanIn.place", "scanIn.scannedAt", "scanIn.officers", "scanIn.officers[0]"])
  }

  @Test(arguments: StaffRole.allCases)
  func onlyOfficersScanIn(_ role: StaffRole) throws {
    var f = F()
    let id = f.approved()
    let actor = try #require(F.byRole[role])
    let command = Command.inspection(.recordScanIn(id, F.scan()))
    let time = F.at("2025-03-10", minutes: 31)
    if role == .officer {
      f.perform(command, by: actor, at: time)
      #expect(f.state.inspections[id]?.stage == .scannedIn)
    } else {
      expectRefused(f.refusal(command, by: actor, at: time), .notPermitted)
    }
  }

  @Test func failedVerificationAllowsARescanAndBlocksTheResult() {
    var f = F()
    let id = f.approved()
    f.perform(
      .inspection(.recordScanIn(id, F.scan(.failed))), by: F.officer1,
      at: F.at("2025-03-10", minutes: 31))
    let result = f.refusal(
      .inspection(.recordResult(id, outcome: .compliant, findings: "", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10", minutes: 40))
    expectRefused(result, .ruleViolated, en: "verified scan-in")
    f.perform(
      .inspection(.recordScanIn(id, F.scan())), by: F.officer1,
      at: F.at("2025-03-10", minutes: 41))
    #expect(f.state.inspections[id]?.scanIn?.verification == .verified)
    let third = f.refusal(
      .inspection(.recordScanIn(id, F.scan())), by: F.officer1, at: F.at("2025-03-10", minutes: 42))
    expectRefused(third, .ruleViolated, en: "already has a valid scan-in")
  }

  @Test func onSiteResultNeedsAScanIn() {
    var f = F()
    let id = f.approved()
    let refusal = f.refusal(
      .inspection(.recordResult(id, outcome: .compliant, findings: "", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10"))
    expectRefused(refusal, .ruleViolated, zh: "扫码", en: "scan-in")
  }

  @Test func offSiteChecksHaveNoScanInButNeedApproval() {
    var f = F()
    let id = f.approved(F.plan(F.listed))
    #expect(f.state.inspections[id]?.mode == .offSite)
    let scan = f.refusal(
      .inspection(.recordScanIn(id, F.scan())), by: F.officer1, at: F.at("2025-03-10", minutes: 31))
    expectRefused(scan, .ruleViolated, en: "off-site")
    let form = f.refusal(
      .inspection(
        .recordResult(id, outcome: .healthCheckForm, findings: "", healthCheckProblems: ["x"])),
      by: F.officer1, at: F.at("2025-03-10"))
    expectRefused(form, .ruleViolated, zh: "体检单", en: "health-check form")
    f.perform(
      .inspection(
        .recordResult(id, outcome: .compliant, findings: "在线数据正常", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10"))
    #expect(f.state.inspections[id]?.stage == .resultRecorded)
    let evaluation = f.refusal(
      .inspection(.recordEvaluation(id, .satisfied)), by: F.clerk, at: F.at("2025-03-11"))
    expectRefused(evaluation, .ruleViolated, en: "off-site")
  }

  // MARK: - Results

  @Test(arguments: [
    (Inspection.Outcome.caseOpened, "", [String](), ["result.outcome"]),
    (.healthCheckForm, "", [], ["result.healthCheckProblems"]),
    (.healthCheckForm, "", ["ok", " "], ["result.healthCheckProblems[1]"]),
    (.compliant, "", ["x"], ["result.healthCheckProblems"]),
    (.problemsFound, " ", ["x"], ["result.healthCheckProblems", "result.findings"]),
  ])
  func resultValidation(
    _ outcome: Inspection.Outcome, _ findings: String, _ problems: [String], _ fields: [String]
  ) {
    var f = F()
    let id = f.scannedIn()
    let refusal = f.refusal(
      .inspection(
        .recordResult(id, outcome: outcome, findings: findings, healthCheckProblems: problems)),
      by: F.officer1, at: F.at("2025-03-10", minutes: 50))
    expectInvalid(refusal, fields: fields)
  }

  @Test func resultIsRecordedOnce() {
    var f = F()
    let id = f.scannedIn()
    let command = Command.inspection(
      .recordResult(id, outcome: .problemsFound, findings: "废气收集不全", healthCheckProblems: []))
    expectRefused(
      f.refusal(command, by: F.approver, at: F.at("2025-03-10", minutes: 50)), .notPermitted)
    f.perform(command, by: F.officer2, at: F.at("2025-03-10", minutes: 50))
    #expect(f.state.inspections[id]?.result?.outcome == .problemsFound)
    #expect(f.state.inspections[id]?.healthCheckForm == nil)
    expectRefused(
      f.refusal(command, by: F.officer2, at: F.at("2025-03-10", minutes: 51)), .ruleViolated,
      en: "already has a result")
  }

  // MARK: - Health-check forms

  @Test func healthCheckFormIsPendingUntilEveryProblemIsVerified() {
    var f = F()
    let id = f.withHealthCheckForm()
    #expect(f.state.inspections[id]?.healthCheckForm?.problems.count == 2)
    #expect(f.state.pendingHealthCheckForms(of: F.plain).map(\.id) == [id])
    let verify = { (index: Int, fixed: Bool, day: String) -> Command in
      .inspection(
        .verifyHealthCheckProblem(
          id, problem: index, isFixed: fixed, verifiedOn: F.day(day), officer: F.officer3))
    }
    f.perform(verify(0, true, "2025-03-12"), by: F.officer1, at: F.at("2025-03-12"))
    #expect(f.state.inspections[id]?.hasPendingHealthCheckForm == true)
    f.perform(verify(1, false, "2025-03-12"), by: F.officer1, at: F.at("2025-03-12"))
    #expect(f.state.inspections[id]?.hasPendingHealthCheckForm == false)
    #expect(f.state.pendingHealthCheckForms(of: F.plain).isEmpty)
    // Not fixed may be verified again later; fixed is final.
    f.perform(verify(1, true, "2025-03-20"), by: F.officer2, at: F.at("2025-03-20"))
    let problem = f.state.inspections[id]?.healthCheckForm?.problems[1].verification
    #expect(problem?.isFixed == true)
    #expect(problem?.verifiedOn == F.day("2025-03-20"))
    #expect(problem?.officer == F.officer3)
    expectRefused(
      f.refusal(verify(0, false, "2025-03-21"), by: F.officer1, at: F.at("2025-03-21")),
      .ruleViolated, en: "already been verified as fixed")
    expectRefused(
      f.refusal(verify(0, false, "2025-03-21"), by: F.clerk, at: F.at("2025-03-21")),
      .notPermitted)
  }

  @Test func healthCheckVerificationValidation() {
    var f = F()
    let id = f.withHealthCheckForm()
    let refusal = f.refusal(
      .inspection(
        .verifyHealthCheckProblem(
          id, problem: 5, isFixed: true, verifiedOn: F.day("2025-03-01"), officer: F.uncertified)),
      by: F.officer1, at: F.at("2025-03-12"))
    expectInvalid(
      refusal,
      fields: ["verification.problem", "verification.verifiedOn", "verification.officer"])
    let future = f.refusal(
      .inspection(
        .verifyHealthCheckProblem(
          id, problem: 0, isFixed: true, verifiedOn: F.day("2025-03-13"), officer: F.officer1)),
      by: F.officer1, at: F.at("2025-03-12"))
    expectInvalid(future, fields: ["verification.verifiedOn"])
  }

  @Test func verificationNeedsAForm() {
    var f = F()
    let id = f.scannedIn()
    let refusal = f.refusal(
      .inspection(
        .verifyHealthCheckProblem(
          id, problem: 0, isFixed: true, verifiedOn: F.day("2025-03-12"), officer: F.officer1)),
      by: F.officer1, at: F.at("2025-03-12"))
    expectRefused(refusal, .ruleViolated, en: "no health-check form")
    let missing = f.refusal(
      .inspection(
        .verifyHealthCheckProblem(
          "JC-2025-0999", problem: 0, isFixed: true, verifiedOn: F.day("2025-03-12"),
          officer: F.officer1)), by: F.officer1, at: F.at("2025-03-12"))
    expectRefused(missing, .notFound)
  }

  @Test func formsAreVerifiedEvenAfterFiling() {
    var f = F()
    let id = f.withHealthCheckForm()
    f.perform(.inspection(.fileInspection(id)), by: F.clerk, at: F.at("2025-03-11"))
    f.perform(
      .inspection(
        .verifyHealthCheckProblem(
          id, problem: 0, isFixed: true, verifiedOn: F.day("2025-03-12"), officer: F.officer1)),
      by: F.officer1, at: F.at("2025-03-12"))
    #expect(f.state.inspections[id]?.healthCheckForm?.problems[0].verification != nil)
  }

  // MARK: - Evaluation and filing

  @Test(arguments: StaffRole.allCases)
  func evaluationAndFilingByOfficersOrClerks(_ role: StaffRole) throws {
    var f = F()
    let id = f.withHealthCheckForm()
    let actor = try #require(F.byRole[role])
    let evaluate = Command.inspection(.recordEvaluation(id, .basicallySatisfied))
    let file = Command.inspection(.fileInspection(id))
    if role == .officer || role == .clerk {
      f.perform(evaluate, by: actor, at: F.at("2025-03-11"))
      #expect(f.state.inspections[id]?.stage == .evaluated)
      f.perform(file, by: actor, at: F.at("2025-03-12"))
      #expect(f.state.inspections[id]?.stage == .filed)
    } else {
      expectRefused(f.refusal(evaluate, by: actor, at: F.at("2025-03-11")), .notPermitted)
      expectRefused(f.refusal(file, by: actor, at: F.at("2025-03-11")), .notPermitted)
    }
  }

  @Test func evaluationNeedsAResultAndIsGivenOnce() {
    var f = F()
    let id = f.scannedIn()
    expectRefused(
      f.refusal(
        .inspection(.recordEvaluation(id, .satisfied)), by: F.clerk, at: F.at("2025-03-11")),
      .ruleViolated, en: "no result yet")
    f.perform(
      .inspection(.recordResult(id, outcome: .compliant, findings: "", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10", minutes: 50))
    f.perform(.inspection(.recordEvaluation(id, .satisfied)), by: F.clerk, at: F.at("2025-03-11"))
    #expect(f.state.inspections[id]?.evaluation == .satisfied)
    expectRefused(
      f.refusal(
        .inspection(.recordEvaluation(id, .notSatisfied)), by: F.clerk, at: F.at("2025-03-11")),
      .ruleViolated, en: "already been evaluated")
  }

  @Test func filingNeedsAResultAndFreezesTheInspection() {
    var f = F()
    let id = f.scannedIn()
    expectRefused(
      f.refusal(.inspection(.fileInspection(id)), by: F.clerk, at: F.at("2025-03-11")),
      .ruleViolated, en: "no result")
    f.perform(
      .inspection(.recordResult(id, outcome: .compliant, findings: "", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10", minutes: 50))
    f.perform(.inspection(.fileInspection(id)), by: F.clerk, at: F.at("2025-03-11"))
    #expect(f.state.inspections[id]?.filed?.actor == .staff(F.clerk))
    for command: InspectionCommand in [
      .fileInspection(id), .recordEvaluation(id, .satisfied),
      .inviteSupervisor(id, F.supervisor), .withdrawInspection(id, reason: "x"),
      .recordScanIn(id, F.scan()),
    ] {
      expectRefused(
        f.refusal(.inspection(command), by: F.officer1, at: F.at("2025-03-12")), .readOnly,
        zh: "已归档", en: "filed")
    }
  }

  // MARK: - Social supervisors

  @Test func supervisorsAreInvitedAndTheirParticipationRecorded() {
    var f = F()
    let id = f.approved()
    let invite = Command.inspection(.inviteSupervisor(id, F.supervisor))
    expectRefused(f.refusal(invite, by: F.clerk, at: F.at("2025-03-05")), .notPermitted)
    f.perform(invite, by: F.approver, at: F.at("2025-03-05"))
    expectRefused(
      f.refusal(invite, by: F.officer1, at: F.at("2025-03-05")), .ruleViolated,
      en: "already been invited")
    expectRefused(
      f.refusal(
        .inspection(.inviteSupervisor(id, "SV-99")), by: F.officer1, at: F.at("2025-03-05")),
      .notFound)
    let participate = Command.inspection(
      .recordSupervisorParticipation(id, F.supervisor, participated: true, opinion: "执法规范"))
    expectRefused(
      f.refusal(participate, by: F.clerk, at: F.at("2025-03-06")), .ruleViolated,
      en: "not taken place")
    f.perform(
      .inspection(.recordScanIn(id, F.scan())), by: F.officer1, at: F.at("2025-03-10", minutes: 31))
    expectRefused(
      f.refusal(
        .inspection(
          .recordSupervisorParticipation(id, F.otherSupervisor, participated: true, opinion: "")),
        by: F.clerk, at: F.at("2025-03-10", minutes: 40)), .ruleViolated, en: "was not invited")
    expectRefused(
      f.refusal(participate, by: F.viewer, at: F.at("2025-03-10", minutes: 40)), .notPermitted)
    f.perform(participate, by: F.clerk, at: F.at("2025-03-10", minutes: 40))
    let invitation = f.state.inspections[id]?.supervisors.first
    #expect(invitation?.participated == true)
    #expect(invitation?.opinion == "执法规范")
    #expect(invitation?.invited.actor == .staff(F.approver))
    expectRefused(
      f.refusal(participate, by: F.clerk, at: F.at("2025-03-10", minutes: 41)), .ruleViolated,
      en: "already recorded")
    f.perform(
      .inspection(.recordResult(id, outcome: .compliant, findings: "", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10", minutes: 50))
    expectRefused(
      f.refusal(
        .inspection(.inviteSupervisor(id, F.otherSupervisor)), by: F.officer1,
        at: F.at("2025-03-10", minutes: 51)), .ruleViolated, en: "too late")
  }
}
