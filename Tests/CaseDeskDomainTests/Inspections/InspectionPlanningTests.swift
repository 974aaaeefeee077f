import Testing

@testable import CaseDeskDomain

@Suite struct InspectionPlanningTests {
  typealias F = FieldFixture

  @Test func planAssignsYearlyIdsAndDefaultsToOnSite() {
    var f = F()
    let first = f.planned()
    let second = f.planned()
    #expect(first == "JC-2025-0001")
    #expect(second == "JC-2025-0002")
    let inspection = f.state.inspections[first]
    #expect(inspection?.mode == .onSite)
    #expect(inspection?.stage == .planned)
    #expect(inspection?.isPositiveListException == false)
    #expect(inspection?.planned == ActionStamp(actor: .staff(F.officer1), time: F.at("2025-03-03")))
  }

  @Test func planReportsEveryProblemAtOnce() {
    let f = F()
    let plan = InspectionPlan(
      enterprise: F.plain, kind: .onClue, plannedOn: F.day("2025-03-01"),
      officers: [F.uncertified, "NOBODY", F.inactiveOfficer, F.clerk])
    let refusal = f.refusal(
      .inspection(.planInspection(plan)), by: F.officer1, at: F.at("2025-03-03"))
    expectInvalid(
      refusal,
      fields: [
        "plan.plannedOn", "plan.officers[0]", "plan.officers[1]", "plan.officers[2]",
        "plan.officers[3]", "plan.officers[3]", "plan.reason",
      ])
  }

  @Test func planNeedsTwoDifferentOfficers() {
    let f = F()
    var plan = F.plan()
    plan.officers = [F.officer1, F.officer1]
    let refusal = f.refusal(
      .inspection(.planInspection(plan)), by: F.officer1, at: F.at("2025-03-03"))
    expectInvalid(refusal, fields: ["plan.officers"])
  }

  @Test(arguments: StaffRole.allCases)
  func onlyOfficersPlan(_ role: StaffRole) throws {
    var f = F()
    let actor = try #require(F.byRole[role])
    let command = Command.inspection(.planInspection(F.plan()))
    if role == .officer {
      f.perform(command, by: actor, at: F.at("2025-03-03"))
      #expect(f.state.inspections.count == 1)
    } else {
      expectRefused(f.refusal(command, by: actor, at: F.at("2025-03-03")), .notPermitted)
    }
  }

  @Test func unknownEnterpriseIsNotFound() {
    let f = F()
    let refusal = f.refusal(
      .inspection(.planInspection(F.plan("91210300MA0XXXXXXX"))), by: F.officer1,
      at: F.at("2025-03-03"))
    expectRefused(refusal, .notFound)
  }

  @Test func inactiveOrUnknownActorIsRefused() {
    let f = F()
    let command = Command.inspection(.planInspection(F.plan()))
    expectRefused(f.refusal(command, by: F.inactiveOfficer, at: F.at("2025-03-03")), .notPermitted)
    expectRefused(f.refusal(command, by: "GHOST", at: F.at("2025-03-03")), .notPermitted)
  }

  // MARK: - The positive-list guard (无事不扰)

  @Test func routineOnSiteAtListedEnterpriseWithoutReasonIsRefused() {
    let f = F()
    let refusal = f.refusal(
      .inspection(.planInspection(F.plan(F.listed, mode: .onSite))), by: F.officer1,
      at: F.at("2025-03-03"))
    expectRefused(refusal, .ruleViolated, zh: "无事不扰", en: "positive list")
  }

  @Test(arguments: [
    Inspection.Reason.complaint("12345-2025-088"), .randomSampling("双随机 2025-03 第 4 号"),
  ])
  func routineOnSiteAtListedEnterpriseWithReasonIsMarked(_ reason: Inspection.Reason) {
    var f = F()
    let id = f.planned(F.plan(F.listed, mode: .onSite, reason: reason))
    let inspection = f.state.inspections[id]
    #expect(inspection?.reason == reason)
    #expect(inspection?.isPositiveListException == true)
    #expect(inspection?.mode == .onSite)
  }

  @Test func listedEnterpriseDefaultsToOffSiteWithoutReason() {
    var f = F()
    let id = f.planned(F.plan(F.listed))
    #expect(f.state.inspections[id]?.mode == .offSite)
    #expect(f.state.inspections[id]?.isPositiveListException == false)
  }

  @Test(arguments: [PositiveListStatus.candidate, .suspended, .removed, .notListed])
  func guardAppliesOnlyToListedEntries(_ status: PositiveListStatus) {
    var f = F()
    F.setPositiveList(F.listed, status, in: &f.state)
    let id = f.planned(F.plan(F.listed))
    #expect(f.state.inspections[id]?.mode == .onSite)
    #expect(f.state.inspections[id]?.isPositiveListException == false)
  }

  @Test func clueReasonMustExistAndConcernTheEnterprise() {
    var f = F()
    f.perform(
      .clue(
        .receiveClue(
          ClueIntake(
            source: .drone, enterprise: F.plain, facts: "烟囱冒黑烟", receivedAt: F.at("2025-03-01")))),
      by: F.clerk, at: F.at("2025-03-01"))
    let other = f.refusal(
      .inspection(.planInspection(F.plan(F.listed, kind: .onClue, reason: .clue("XS-2025-0001")))),
      by: F.officer1, at: F.at("2025-03-03"))
    expectInvalid(other, fields: ["plan.reason"])
    let missing = f.refusal(
      .inspection(.planInspection(F.plan(kind: .onClue, reason: .clue("XS-2025-0099")))),
      by: F.officer1, at: F.at("2025-03-03"))
    expectInvalid(missing, fields: ["plan.reason"])
    let id = f.planned(
      F.plan(F.listed == F.plain ? F.listed : F.plain, kind: .onClue, reason: .clue("XS-2025-0001"))
    )
    #expect(f.state.inspections[id]?.reason == .clue("XS-2025-0001"))
  }

  @Test(arguments: [
    (Inspection.Kind.onClue, Inspection.Reason.complaint("x")),
    (.onComplaint, .randomSampling("x")),
    (.randomSampling, .complaint("x")),
    (.onComplaint, .complaint(" ")),
  ])
  func kindsNeedTheirOwnReason(_ kind: Inspection.Kind, _ reason: Inspection.Reason) {
    let f = F()
    let refusal = f.refusal(
      .inspection(.planInspection(F.plan(kind: kind, reason: reason))), by: F.officer1,
      at: F.at("2025-03-03"))
    expectInvalid(refusal, fields: ["plan.reason"])
  }

  @Test func listedOnSiteOnClueNeedsNoExtraReasonButIsMarked() {
    var f = F()
    let id = f.planned(
      F.plan(F.listed, kind: .onComplaint, mode: .onSite, reason: .complaint("热线 0412-1")))
    #expect(f.state.inspections[id]?.isPositiveListException == true)
  }

  // MARK: - Approval and withdrawal

  @Test(arguments: StaffRole.allCases)
  func onlyApproversApprove(_ role: StaffRole) throws {
    var f = F()
    let id = f.planned()
    let actor = try #require(F.byRole[role])
    let command = Command.inspection(
      .approveInspection(id, approvalFormNumber: "审-1", noticeNumber: "通-1"))
    if role == .approver {
      f.perform(command, by: actor, at: F.at("2025-03-04"))
      #expect(f.state.inspections[id]?.stage == .approved)
      #expect(f.state.inspections[id]?.approval?.noticeNumber == "通-1")
    } else {
      expectRefused(f.refusal(command, by: actor, at: F.at("2025-03-04")), .notPermitted)
    }
  }

  @Test func approvalNeedsBothNumbers() {
    var f = F()
    let id = f.planned()
    let refusal = f.refusal(
      .inspection(.approveInspection(id, approvalFormNumber: " ", noticeNumber: "")),
      by: F.approver, at: F.at("2025-03-04"))
    expectInvalid(refusal, fields: ["approval.approvalFormNumber", "approval.noticeNumber"])
  }

  @Test func approvalIsOnceAndNumbersAreUnique() {
    var f = F()
    let id = f.approved(number: 1)
    let again = f.refusal(
      .inspection(.approveInspection(id, approvalFormNumber: "审-9", noticeNumber: "通-9")),
      by: F.approver, at: F.at("2025-03-05"))
    expectRefused(again, .ruleViolated, en: "already approved")
    let other = f.planned()
    let notice = f.refusal(
      .inspection(.approveInspection(other, approvalFormNumber: "审-9", noticeNumber: "通知-1")),
      by: F.approver, at: F.at("2025-03-05"))
    expectRefused(notice, .ruleViolated, zh: "通知-1", en: "Notice number")
    let form = f.refusal(
      .inspection(.approveInspection(other, approvalFormNumber: "审批-1", noticeNumber: "通-9")),
      by: F.approver, at: F.at("2025-03-05"))
    expectRefused(form, .ruleViolated, en: "Approval form number")
    let missing = f.refusal(
      .inspection(.approveInspection("JC-2025-0404", approvalFormNumber: "a", noticeNumber: "b")),
      by: F.approver, at: F.at("2025-03-05"))
    expectRefused(missing, .notFound)
  }

  @Test func withdrawBeforeScanInOnly() {
    var f = F()
    let planned = f.planned()
    let blank = f.refusal(
      .inspection(.withdrawInspection(planned, reason: "")), by: F.officer1, at: F.at("2025-03-04"))
    expectInvalid(blank, fields: ["withdrawal.reason"])
    expectRefused(
      f.refusal(
        .inspection(.withdrawInspection(planned, reason: "企业停产")), by: F.clerk,
        at: F.at("2025-03-04")), .notPermitted)
    f.perform(
      .inspection(.withdrawInspection(planned, reason: "企业停产")), by: F.approver,
      at: F.at("2025-03-04"))
    #expect(f.state.inspections[planned]?.stage == .withdrawn)
    let approve = f.refusal(
      .inspection(.approveInspection(planned, approvalFormNumber: "a", noticeNumber: "b")),
      by: F.approver, at: F.at("2025-03-05"))
    expectRefused(approve, .ruleViolated, en: "withdrawn")

    let approved = f.approved(number: 2)
    f.perform(
      .inspection(.withdrawInspection(approved, reason: "改为非现场")), by: F.officer1,
      at: F.at("2025-03-05"))
    #expect(f.state.inspections[approved]?.stage == .withdrawn)

    let scanned = f.scannedIn(number: 3)
    let late = f.refusal(
      .inspection(.withdrawInspection(scanned, reason: "x")), by: F.officer1,
      at: F.at("2025-03-11"))
    expectRefused(late, .ruleViolated, en: "scanned in")
  }
}
