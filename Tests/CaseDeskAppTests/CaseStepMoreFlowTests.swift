import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The steps beside a case's usual path, by key presses: the withdrawal, the flags, evidence
/// preservation and its decision, the no-coercion record, instalments, enforcement and the
/// re-check; each saved into the case, each problem on its field.
@Suite struct CaseStepMoreFlowTests {
  typealias F = CaseStepFixture
  let flow = CaseStepFlowTests()

  /// Files the fixture's case and starts its investigation (officer1 and officer3).
  func walkToInvestigation(_ fixture: F) throws {
    try flow.file(fixture)
    let harness = try fixture.harness("officer1")
    F.open(.startInvestigation, harness)
    F.fill("moreOfficers", "officer3", harness)
    flow.save(harness, fixture, expect: .investigation)
  }

  /// Walks to a penalty of 5000 yuan served on 2025-07-11 (no hearing asked for).
  func walkToServedPenalty(_ fixture: F) throws {
    try flow.walkToReview(fixture)
    var harness = try fixture.harness("officer1")
    F.open(.givePriorNotice, harness)
    F.fill("notice.documentNumber", "GZ-1", harness)
    F.fill("notice.reasons", "违反排放标准", harness)
    flow.save(harness, fixture, expect: .notified)
    harness = try fixture.harness("leader1", today: "2025-07-10")
    try flow.openDecision(.penalty, harness)
    F.fill("decision.fine", "5000", harness)
    F.fill("decision.discretion", "首次违法", harness)
    flow.save(harness, fixture, expect: .decided)
    harness = try fixture.harness("clerk1", today: "2025-07-11")
    F.open(.recordService, harness)
    flow.save(harness, fixture, expect: .served)
  }

  /// Saves the open form, expecting it to stay open with a problem on the field.
  func refused(
    _ field: String, _ harness: AppHarness, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    harness.press("form.save")
    let form = F.form(harness)
    #expect(form != nil, sourceLocation: sourceLocation)
    #expect(
      form?.problems[field] != nil, "\(form?.problems ?? [:])", sourceLocation: sourceLocation)
  }

  @Test func anApproverWithdrawsTheFilingWithAReason() throws {
    let fixture = try F()
    try walkToInvestigation(fixture)
    // An officer may not withdraw: the step is not offered.
    let officer = try fixture.harness("officer1")
    let record = try #require(fixture.record(officer))
    #expect(!CaseStepForm.allowedSteps(for: record, in: officer.state).contains(.withdrawFiling))
    let harness = try fixture.harness("leader1")
    F.open(.withdrawFiling, harness)
    refused("withdrawal.reason", harness)
    F.fill("withdrawal.reason", "不属于本机关管辖", harness)
    flow.save(harness, fixture, expect: .withdrawn)
  }

  @Test func aComplexFlagNeedsItsReason() throws {
    let fixture = try F()
    try flow.walkToReview(fixture)
    let harness = try fixture.harness("officer1")
    F.open(.setFlags, harness)
    F.toggle("flags.complex", harness)
    // The domain asks for the reason as soon as a flag is set.
    #expect(F.form(harness)?.problems["flags.note"] != nil)
    F.fill("flags.note", "涉及多个法律关系", harness)
    flow.save(harness, fixture, expect: .reviewed)
    let flags = try #require(fixture.record(harness)?.flags)
    #expect(flags.complex && !flags.majorPublicInterest && flags.note == "涉及多个法律关系")
  }

  @Test func preservedEvidenceIsRegisteredThenDecided() throws {
    let fixture = try F()
    try walkToInvestigation(fixture)
    var harness = try fixture.harness("officer1")
    F.open(.preserveEvidence, harness)
    refused("preservation.items", harness)
    F.fill("preservation.items", "废水采样瓶 3 个", harness)
    flow.save(harness, fixture, expect: .investigation)
    #expect(fixture.record(harness)?.preservations.count == 1)

    harness = try fixture.harness("officer1", today: "2025-07-02")
    F.open(.decidePreservedEvidence, harness)
    #expect(F.form(harness)?.value("preservation.index") == "1 废水采样瓶 3 个")
    F.choose("preservation.outcome", next: 1, harness)
    F.fill("preservation.note", "依法扣押", harness)
    flow.save(harness, fixture, expect: .investigation)
    let preservation = try #require(fixture.record(harness)?.preservations.first)
    #expect(preservation.outcome == .seized && preservation.outcomeNote == "依法扣押")
    // Once decided it is no longer offered.
    let record = try #require(fixture.record(harness))
    #expect(
      !CaseStepForm.allowedSteps(for: record, in: harness.state).contains(.decidePreservedEvidence))
  }

  @Test func noCoercionIsRecordedUnderItsListItem() throws {
    let fixture = try F()
    try walkToInvestigation(fixture)
    let harness = try fixture.harness("officer1")
    F.open(.applyNoCoercion, harness)
    F.fill("noCoercion.reason", "配合调查", harness)
    F.fill("noCoercion.listItem", "XX-99", harness)
    harness.press(keys: "<Enter>")
    #expect(F.form(harness)?.problems["noCoercion.listItem"] != nil)
    let item = try #require(LeniencyCatalog.standard.items(on: .noCoerciveMeasures).first)
    F.focus("noCoercion.listItem", harness)
    for _ in 0..<5 { harness.press(keys: "<BS>") }
    harness.type(item.id)
    harness.press(keys: "<Enter>")
    flow.save(harness, fixture, expect: .investigation)
    #expect(fixture.record(harness)?.noCoercion.first?.listItem == item.id)
  }

  @Test func anUnpaidFineIsPaidInInstalments() throws {
    let fixture = try F()
    try walkToServedPenalty(fixture)
    let harness = try fixture.harness("leader1", today: "2025-07-12")
    F.open(.approveInstalments, harness)
    F.fill(CaseStepValues.instalmentsField, "2025-08-01 2000; 2025-09-01 tbd", harness)
    #expect(F.form(harness)?.problems[CaseStepValues.instalmentsField] != nil)
    F.focus(CaseStepValues.instalmentsField, harness)
    for _ in 0..<3 { harness.press(keys: "<BS>") }
    harness.type("3000")
    flow.save(harness, fixture, expect: .enforcement)
    let plan = try #require(fixture.record(harness)?.instalments)
    #expect(plan.map(\.amountFen) == [200_000, 300_000])
  }

  @Test func anOverdueFineIsDemandedThenTakenToCourt() throws {
    let fixture = try F()
    try walkToServedPenalty(fixture)
    var harness = try fixture.harness("clerk1", today: "2025-08-15")
    F.open(.recordEnforcement, harness)
    refused("enforcement.documentNumber", harness)
    F.fill("enforcement.documentNumber", "CG-1", harness)
    flow.save(harness, fixture, expect: .enforcement)
    #expect(fixture.record(harness)?.enforcement.count == 1)

    harness = try fixture.harness("clerk1", today: "2025-08-30")
    F.open(.recordEnforcement, harness)
    F.choose(CaseStepValues.enforcementKindField, next: 1, harness)
    refused("enforcement.court", harness)
    F.fill("enforcement.court", "某某区人民法院", harness)
    flow.save(harness, fixture, expect: .enforcement)
    #expect(fixture.record(harness)?.courtApplied == true)
  }

  @Test func aNoPenaltyCaseIsRechecked() throws {
    let fixture = try F()
    try flow.walkToReview(fixture)
    var harness = try fixture.harness("leader1", today: "2025-07-01")
    try flow.openDecision(.noPenaltyMinor, harness)
    F.fill("decision.listItem", "NP-02", harness)
    harness.press(keys: "<Enter>")
    for criterion in [LeniencyCriterion.minor, .correctedInTime, .noHarmfulConsequence] {
      F.toggle(criterion.field, harness)
    }
    F.fill("decision.correctionOrder", "ZL-1", harness)
    F.fill("decision.correctionDeadline", "2025-06-20", harness)
    F.fill("decision.correctedOn", "2025-06-15", harness)
    F.fill("decision.recheckOn", "2025-07-20", harness)
    flow.save(harness, fixture, expect: .decided)

    harness = try fixture.harness("officer1", today: "2025-07-20")
    F.open(.recordRecheck, harness)
    refused("recheck.note", harness)
    F.fill("recheck.note", "整改到位", harness)
    F.toggle("recheck.correctionHeld", harness)
    flow.save(harness, fixture, expect: .decided)
    let recheck = try #require(fixture.record(harness)?.rechecks.first)
    #expect(recheck.correctionHeld && recheck.note == "整改到位")
  }
}
