import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The referral forms with their problems showing, at 80×24 and 40×12 in both languages.
@Suite struct ReferralStepSnapshotTests {
  typealias F = ReferralStepFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  /// A crime referral of the fixture's case, drafted by officer1 on 2025-06-27 with every
  /// document but the monitoring reports, and approved.
  static func approvedCrimeReferral(_ fixture: F) throws -> ReferralID {
    let ground = ReferralGround.crime(
      CrimeGround(description: "非法处置危险废物", facts: [.hazardousWaste(kilograms: 3200)]))
    let id = try fixture.draftReferral(
      ground, on: "2025-06-27", hour: 10, ticks: { $0 != .monitoringReports })
    try fixture.run(.referral(.approveReferral(id)), by: "leader1", at: "2025-06-30", hour: 9)
    return id
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func draftWithAMissingDocument(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    let harness = try fixture.casesHarness("officer1", "2025-06-27")
    harness.press("cases.referral")
    F.fill(ReferralDraftForm.personsField, F.person, harness)
    for document in ReferralKind.crime.requiredDocuments where document != .monitoringReports {
      F.fill("doc." + document.rawValue, "文-" + document.rawValue, harness)
    }
    CaseStepFixture.focus(ReferralDraftForm.personsField, harness)
    let form = try #require(F.form(harness))
    let strings = harness.state.strings
    #expect(
      form.value(ReferralStepValues.missingField)
        == strings.format(
          .referralStepMissing, strings.localized(ReferralDocument.monitoringReports.title)))
    Snapshot.assertMatches(harness.screen, named: "referral-draft-missing-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func handOverWithADocumentMissing(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    _ = try Self.approvedCrimeReferral(fixture)
    let harness = try fixture.harness("officer1", "2025-06-30")
    F.open(.handOver, harness)
    F.fill("handOver.policeUnit", "鞍山市公安局", harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["handOver.procuratorateCopy"] != nil)
    F.fill("handOver.procuratorateCopy", "鞍山市人民检察院", harness)
    harness.press("form.save")
    let refused = try #require(F.form(harness))
    #expect(refused.generalProblem != nil)
    Snapshot.assertMatches(harness.screen, named: "referral-handover-missing-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func detentionDecisionWithTooManyDays(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    try fixture.decidePenalty(on: "2025-06-26")
    let id = try fixture.draftReferral(
      .detention(.dischargingWithoutPermit), on: "2025-06-26", hour: 15)
    try fixture.run(.referral(.approveReferral(id)), by: "leader1", at: "2025-06-27", hour: 9)
    try fixture.run(
      .referral(
        .handOver(
          id, policeUnit: "铁西分局", at: F.at("2025-06-27", hour: 10), procuratorateCopy: "")),
      by: "officer1", at: "2025-06-27", hour: 10)
    try fixture.run(
      .referral(.recordReceipt(id, at: F.at("2025-06-27", hour: 11), receiptNumber: "回-1")),
      by: "clerk1", at: "2025-06-27", hour: 11)
    let harness = try fixture.harness("clerk1", "2025-06-30")
    F.open(.policeDecision, harness)
    F.fill("policeDecision.days", "20", harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["policeDecision.days"] != nil)
    Snapshot.assertMatches(harness.screen, named: "referral-police-days-\(size)-\(language)")
  }
}
