import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The referral step forms show the fields their chosen option needs, the documents read as
/// labels, and the detail keeps the latest step whole in a small terminal.
@Suite struct ReferralFormFieldsTests {
  typealias F = ReferralStepFixture

  /// A detention referral of the fixture's case handed over and (unless told otherwise)
  /// received on 2025-06-27.
  static func receivedDetentionReferral(_ fixture: F, received: Bool = true) throws -> ReferralID {
    try fixture.decidePenalty(on: "2025-06-26")
    let id = try fixture.draftReferral(
      .detention(.dischargingWithoutPermit), on: "2025-06-26", hour: 15)
    try fixture.run(.referral(.approveReferral(id)), by: "leader1", at: "2025-06-27", hour: 9)
    try fixture.run(
      .referral(
        .handOver(
          id, policeUnit: "鞍山市公安局铁西分局", at: F.at("2025-06-27", hour: 10),
          procuratorateCopy: "")),
      by: "officer1", at: "2025-06-27", hour: 10)
    guard received else { return id }
    try fixture.run(
      .referral(.recordReceipt(id, at: F.at("2025-06-27", hour: 11), receiptNumber: "回-1")),
      by: "clerk1", at: "2025-06-27", hour: 11)
    return id
  }

  @Test func thePoliceDecisionAsksForDaysOnlyWhenDetentionIsDecided() throws {
    let fixture = try F()
    _ = try Self.receivedDetentionReferral(fixture)
    let harness = try fixture.harness("clerk1", "2025-06-30")
    F.open(.policeDecision, harness)
    var form = try #require(F.form(harness))
    #expect(form.form["policeDecision.days"]?.isRequired == true)
    #expect(form.form["policeDecision.lessSerious"] != nil)
    F.fill("policeDecision.reasons", "情节尚不严重", harness)
    F.choose(ReferralStepValues.decisionField, next: 1, harness)
    form = try #require(F.form(harness))
    #expect(form.form["policeDecision.days"] == nil)
    #expect(form.form["policeDecision.lessSerious"] == nil)
    #expect(form.value("policeDecision.reasons") == "情节尚不严重")
    harness.press("form.save")
    #expect(F.form(harness) == nil, "\(F.form(harness)?.problems ?? [:])")
    #expect(
      fixture.referrals(harness).first?.policeDecision?.decision
        == .refused(reasons: "情节尚不严重"))
  }

  @Test func theAnswerRequiresReasonsWhenUpheldAndDaysWhenReversed() throws {
    let fixture = try F()
    let id = try Self.receivedDetentionReferral(fixture)
    try fixture.run(
      .referral(
        .recordPoliceDecision(
          id, .refused(reasons: "情节尚不严重"), decidedOn: try #require(Day("2025-06-30")))),
      by: "clerk1", at: "2025-06-30", hour: 15)
    try fixture.run(
      .referral(.requestReconsideration(id, grounds: "暗管排放证据确实")), by: "leader1",
      at: "2025-07-01", hour: 9)
    let harness = try fixture.harness("clerk1", "2025-07-02")
    F.open(.recordAnswer, harness)
    var form = try #require(F.form(harness))
    #expect(form.form["reconsideration.reasons"]?.isRequired == true)
    #expect(form.form["reconsideration.days"] == nil)
    F.choose(ReferralStepValues.answerField, next: 1, harness)
    form = try #require(F.form(harness))
    #expect(form.form["reconsideration.reasons"]?.isRequired == false)
    #expect(form.form["reconsideration.days"]?.isRequired == true)
    F.fill("reconsideration.days", "10", harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil, "\(F.form(harness)?.problems ?? [:])")
    #expect(
      fixture.referrals(harness).first?.reconsideration?.answer
        == .reversed(.detentionDecided(days: 10, lessSerious: false)))
  }

  @Test func documentLabelsStartWithACapitalInEnglish() throws {
    let fixture = try F(language: .en)
    let harness = try fixture.casesHarness("officer1", "2025-06-27")
    harness.press("cases.referral")
    let form = try #require(F.form(harness))
    #expect(form.form["doc.referralLetter"]?.label == "Referral letter")
    #expect(form.form["doc.photosAndVideo"]?.label == "Photos and video")
  }

  @Test func theDraftIsRecordedUnderTheReferralsNumber() throws {
    let fixture = try F()
    let id = try Self.receivedDetentionReferral(fixture)
    let drafted = fixture.state.referrals[id].map { referral in
      ReferralChange.referralDrafted(
        id, ReferralDraft(caseID: referral.caseID, ground: referral.ground, responsiblePersons: []),
        enterprise: referral.enterprise)
    }
    let summary = try #require(drafted?.summary)
    #expect(summary.zh == "起草行政拘留移送 \(id)")
    #expect(summary.en == "Drafted referral \(id) (administrative detention)")
  }

  @Test func theOpenedDetailKeepsTheLatestStepWholeAt40By12() throws {
    let fixture = try F(size: Size(width: 40, height: 12))
    _ = try Self.receivedDetentionReferral(fixture, received: false)
    let harness = try fixture.harness("clerk1", "2025-06-30")
    harness.press(keys: "<Enter>")
    let text = harness.screen.text
    #expect(text.contains("铁西分局"), "\(text)")
  }

  @Test func theStatusLineGivesWayWhenTheLatestStepWraps() {
    typealias Line = CaseDetailView.Line
    let lines = [
      Line("crime · handed over", .title),
      Line("Case 1: investigation · not decided"),
      Line("first step", section: .timeline),
      Line("2025-06-27 officer: handed over to the police", section: .timeline),
      Line("Documents", section: .tail),
    ]
    // 20 columns: the status takes 2 rows, the latest step 3 with the line above it.
    let moved = ReferralDetailView.roomForTheLatestStep(lines, width: 20, height: 5)
    #expect(moved.map(\.text) == [lines[0], lines[2], lines[3], lines[1], lines[4]].map(\.text))
    #expect(moved[3].section == .tail)
    // With room for both the status stays in the head.
    #expect(ReferralDetailView.roomForTheLatestStep(lines, width: 20, height: 9) == lines)
  }
}
