import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The forms after a police refusal — asking for reconsideration, recording the answer,
/// asking the procuratorate to supervise — each saved with a problem showing, at 80×24 and
/// 40×12 in both languages.
@Suite struct ReferralReconsiderationSnapshotTests {
  typealias F = ReferralStepFixture

  /// A crime referral of the fixture's case with its whole package, approved, handed over on
  /// 2025-06-30, received, and not filed by the police on 2025-07-01.
  static func refusedCrimeReferral(_ fixture: F) throws -> ReferralID {
    let ground = ReferralGround.crime(
      CrimeGround(description: "非法处置危险废物", facts: [.hazardousWaste(kilograms: 3200)]))
    let id = try fixture.draftReferral(ground, on: "2025-06-27", hour: 10)
    try fixture.run(.referral(.approveReferral(id)), by: "leader1", at: "2025-06-30", hour: 9)
    try fixture.run(
      .referral(
        .handOver(
          id, policeUnit: "鞍山市公安局", at: F.at("2025-06-30", hour: 10),
          procuratorateCopy: "鞍山市人民检察院")),
      by: "officer1", at: "2025-06-30", hour: 10)
    try fixture.run(
      .referral(.recordReceipt(id, at: F.at("2025-06-30", hour: 11), receiptNumber: "回-1")),
      by: "clerk1", at: "2025-06-30", hour: 11)
    try fixture.run(
      .referral(
        .recordPoliceDecision(
          id, .notFiled(reasons: "证据不足"), decidedOn: try #require(Day("2025-07-01")))),
      by: "clerk1", at: "2025-07-01", hour: 15)
    return id
  }

  /// The same referral with the reconsideration asked on 2025-07-02.
  static func reconsideredCrimeReferral(_ fixture: F) throws -> ReferralID {
    let id = try refusedCrimeReferral(fixture)
    try fixture.run(
      .referral(.requestReconsideration(id, grounds: "数量已达三吨")), by: "leader1",
      at: "2025-07-02", hour: 9)
    return id
  }

  @Test(arguments: ReferralStepSnapshotTests.sizes, [Language.zh, .en])
  func reconsiderationWithoutAGround(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    _ = try Self.refusedCrimeReferral(fixture)
    let harness = try fixture.harness("leader1", "2025-07-02")
    F.open(.requestReconsideration, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["reconsideration.grounds"] != nil)
    Snapshot.assertMatches(
      harness.screen, named: "referral-reconsideration-empty-\(size)-\(language)")
  }

  @Test(arguments: ReferralStepSnapshotTests.sizes, [Language.zh, .en])
  func answerReversedWithoutDays(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    _ = try Self.reconsideredCrimeReferral(fixture)
    let harness = try fixture.harness("clerk1", "2025-07-03")
    F.open(.recordAnswer, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["reconsideration.reasons"] != nil)
    Snapshot.assertMatches(harness.screen, named: "referral-answer-empty-\(size)-\(language)")
  }

  @Test(arguments: ReferralStepSnapshotTests.sizes, [Language.zh, .en])
  func supervisionWithoutANote(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    let id = try Self.reconsideredCrimeReferral(fixture)
    try fixture.run(
      .referral(.recordReconsiderationAnswer(id, .upheld(reasons: "仍不符合立案标准"))),
      by: "clerk1", at: "2025-07-03", hour: 10)
    let harness = try fixture.harness("leader1", "2025-07-04")
    F.open(.requestSupervision, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["supervision.note"] != nil)
    Snapshot.assertMatches(
      harness.screen, named: "referral-supervision-empty-\(size)-\(language)")
  }
}
