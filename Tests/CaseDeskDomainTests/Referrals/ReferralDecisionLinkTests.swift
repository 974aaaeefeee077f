import Testing

@testable import CaseDeskDomain

/// The decision "referral" and a crime referral drafted by hand agree: one referral per case.
@Suite struct ReferralDecisionLinkTests {
  typealias F = CaseFixture

  /// A reviewed case whose legal review found a crime referral needed.
  func referralNeeded(_ f: inout CaseFixture) throws -> CaseID {
    let caseID = try f.reviewed()
    var checklist = F.checklist
    checklist.crimeReferralNeeded = true
    try f.run(.recordLegalReview(caseID, checklist, .passed(opinion: "涉嫌犯罪")), by: F.reviewer)
    return caseID
  }

  @Test func theDecisionRefersToTheReferralAlreadyDrafted() throws {
    var f = CaseFixture()
    let caseID = try referralNeeded(&f)
    let draft = ReferralDraft(
      caseID: caseID, ground: .crime(CrimeGround(description: "非法处置危险废物")),
      responsiblePersons: ["王某"])
    try f.run(.draftReferral(draft), by: F.officer1)
    let drafted: ReferralID = "REF-2025-0001"
    #expect(f.state.referrals[drafted]?.stage == .drafted)
    try f.run(
      .decide(
        caseID, .referral(CrimeGround(description: "g"), responsiblePersons: ["王某"]),
        documentNumber: "移-1"),
      by: F.approver)
    #expect(f.state.referrals.count == 1)
    #expect(f.state.cases[caseID]?.decision?.referral == drafted)
    #expect(f.state.cases[caseID]?.referrals == [drafted])
    #expect(try f.replayed() == f.state)
  }

  @Test func withoutADraftTheDecisionDraftsOne() throws {
    var f = CaseFixture()
    let caseID = try referralNeeded(&f)
    try f.run(
      .decide(
        caseID, .referral(CrimeGround(description: "g"), responsiblePersons: ["王某"]),
        documentNumber: "移-1"),
      by: F.approver)
    #expect(f.state.referrals.count == 1)
    #expect(f.state.cases[caseID]?.decision?.referral == "REF-2025-0001")
  }

  @Test func aCancelledDraftDoesNotCount() throws {
    var f = CaseFixture()
    let caseID = try f.reviewed()
    let draft = ReferralDraft(
      caseID: caseID, ground: .crime(CrimeGround(description: "g")), responsiblePersons: ["甲"])
    try f.run(.draftReferral(draft), by: F.officer1)
    try f.run(.cancelReferral("REF-2025-0001", reason: "证据不足"), by: F.approver)
    try f.run(
      .decide(
        caseID, .referral(CrimeGround(description: "g2"), responsiblePersons: ["甲"]),
        documentNumber: "移-1"),
      by: F.approver)
    #expect(f.state.referrals.count == 2)
    #expect(f.state.cases[caseID]?.decision?.referral == "REF-2025-0002")
  }
}
