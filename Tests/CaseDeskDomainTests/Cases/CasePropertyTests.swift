import Testing

@testable import CaseDeskDomain

@Suite struct CasePropertyTests {
  typealias F = CaseFixture

  static func referralSamples(_ id: ReferralID, _ caseID: CaseID, _ f: CaseFixture)
    -> [(ReferralCommand, Set<StaffRole>)]
  {
    var samples: [(ReferralCommand, Set<StaffRole>)] = [
      (
        .draftReferral(
          ReferralDraft(
            caseID: caseID, ground: .detention(.dischargingWithoutPermit),
            responsiblePersons: ["甲"])), [.officer]
      ),
      (
        .draftReferral(
          ReferralDraft(
            caseID: caseID, ground: .crime(CrimeGround(description: "g")),
            responsiblePersons: ["乙"])), [.officer]
      ),
      (.approveReferral(id), [.approver]),
      (.handOver(id, policeUnit: "公安", at: f.now, procuratorateCopy: "检"), [.officer]),
      (.recordReceipt(id, at: f.now, receiptNumber: "r"), [.clerk]),
      (.recordMaterialRequest(id, at: f.now, items: "x"), [.clerk]),
      (.supplyMaterial(id, note: "n"), [.officer]),
      (.recordPoliceDecision(id, .filed, decidedOn: f.today), [.clerk]),
      (.recordPoliceDecision(id, .notFiled(reasons: "r"), decidedOn: f.today), [.clerk]),
      (.recordPoliceDecision(id, .refused(reasons: ""), decidedOn: f.today), [.clerk]),
      (
        .recordPoliceDecision(
          id, .detentionDecided(days: 12, lessSerious: false), decidedOn: f.today), [.clerk]
      ),
      (.recordRefusalReasons(id, reasons: "r"), [.clerk]),
      (.requestReconsideration(id, grounds: "g"), [.approver]),
      (.recordReconsiderationAnswer(id, .upheld(reasons: "r")), [.clerk]),
      (.requestSupervision(id, note: "n"), [.approver]),
      (.closeReferral(id, note: "n"), [.approver]),
      (.cancelReferral(id, reason: "r"), [.approver]),
    ]
    for document in ReferralDocument.allCases {
      samples.append((.tickDocument(id, document, documentNumber: "d"), [.officer]))
    }
    return samples
  }

  static func extraCaseSamples(_ id: CaseID, _ f: CaseFixture) -> [(CaseCommand, Set<StaffRole>)] {
    var checklist = F.checklist
    checklist.crimeReferralNeeded = true
    return [
      (.decide(id, .noPenaltyNotEstablished(reasons: "r"), documentNumber: "d"), [.approver]),
      (
        .decide(
          id, .referral(CrimeGround(description: "g"), responsiblePersons: ["甲"]),
          documentNumber: "d"), [.approver]
      ),
      (.recordLegalReview(id, checklist, .passed(opinion: "o")), [.legalReviewer]),
      (.recordLegalReview(id, F.checklist, .sentBack(reasons: "r")), [.legalReviewer]),
      (.reviewCase(id, .sentBack(reasons: "r")), [.legalReviewer]),
      (.recordStatement(id, text: "t", waivesHearing: true), [.officer]),
      (.recordPayment(id, amountFen: 10_000_000, paidOn: f.today, receipt: "r"), [.clerk]),
      (.recordEnforcement(id, .courtApplication(court: "法院", on: f.today)), [.clerk]),
      (.setFlags(id, CaseFlags(majorPublicInterest: true, note: "n")), [.approver]),
    ]
  }

  /// Checks the invariants the rules promise; returns the broken ones.
  static func violations(in state: DomainState) -> [String] {
    var broken: [String] = []
    for record in state.cases.values {
      let id = record.id.raw
      if record.stage != .opened && record.number == nil { broken.append("\(id): no number") }
      if record.stage > .filed && record.stage != .withdrawn && record.officers.count < 2
        && record.stage != .archived
      {
        broken.append("\(id): fewer than 2 officers")
      }
      if record.extensions.count > 2 { broken.append("\(id): too many extensions") }
      if record.pauses.filter(\.isOpen).count > 1 { broken.append("\(id): two open pauses") }
      if let decision = record.decision {
        if decision.decision.kind.imposesPenalty && record.priorNotice == nil {
          broken.append("\(id): penalty without notice")
        }
        if record.needsLegalReview && !record.legalReviews.contains(where: \.outcome.isPassed) {
          broken.append("\(id): decided without a required legal review")
        }
        if case .noPenaltyMinor(let findings) = decision.decision,
          findings.correctedOn == nil || findings.recheckOn == nil
        {
          broken.append("\(id): no-penalty without dates")
        }
      }
      let linked = state.referrals.values.filter { $0.caseID == record.id }.map(\.id).sorted()
      if linked != record.referrals.sorted() { broken.append("\(id): referral links differ") }
    }
    for referral in state.referrals.values {
      if referral.handOver != nil && !ReferralRules.missingDocuments(referral, in: state).isEmpty
        && referral.kind == .detention
      {
        broken.append("\(referral.id): handed over with documents missing")
      }
      if referral.kind == .detention
        && !ReferralRules.hasPenaltyDecision(referral.caseID, in: state)
      {
        broken.append("\(referral.id): detention without a penalty decision")
      }
    }
    return broken
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func randomCommandsKeepTheInvariantsAndReplay(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    var f = CaseFixture()
    var archived: [CaseID: EnforcementCase] = [:]
    var accepted = 0
    for _ in 0..<1500 {
      if Int.random(in: 0..<5, using: &rng) == 0 {
        f.advance(days: Int.random(in: 1...4, using: &rng))
      }
      let caseIDs = f.state.cases.keys.sorted()
      let caseID = caseIDs.randomElement(using: &rng) ?? "CASE-NONE"
      let referralID = f.state.referrals.keys.sorted().randomElement(using: &rng) ?? "REF-NONE"
      var options: [(Command, StaffID)] = []
      if caseIDs.isEmpty || (caseIDs.count < 8 && Int.random(in: 0..<15, using: &rng) == 0) {
        options = [(.enforcementCase(.openCase(F.opening)), F.officer1)]
      } else {
        let referrals = Self.referralSamples(referralID, caseID, f).map {
          (Command.referral($0.0), $0.1)
        }
        let cases = (CaseCommandSamples.withRoles(caseID, f) + Self.extraCaseSamples(caseID, f))
          .filter { $0.0.caseID != nil }.map { (Command.enforcementCase($0.0), $0.1) }
        for (command, roles) in cases + referrals {
          for role in roles.sorted(by: { $0.rawValue < $1.rawValue }) {
            let staff = role == .officer ? [F.officer1, F.officer2] : [F.byRole[role] ?? F.viewer]
            options += staff.map { (command, $0) }
          }
        }
        // Mostly steps that the rules accept now, so that cases travel far.
        if Int.random(in: 0..<10, using: &rng) < 7 {
          let accepted = options.filter { f.refusal($0.0, by: $0.1) == nil }
          if !accepted.isEmpty { options = accepted }
        }
      }
      guard var (command, staff) = options.randomElement(using: &rng) else { continue }
      if Int.random(in: 0..<10, using: &rng) == 0 {
        staff = F.byRole.values.sorted().randomElement(using: &rng) ?? F.viewer
      }
      do {
        try f.perform(command, by: staff)
        accepted += 1
      } catch {
        #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
      }
      let broken = Self.violations(in: f.state)
      #expect(broken.isEmpty, "\(broken)")
      for (id, record) in archived { #expect(f.state.cases[id] == record) }
      for record in f.state.cases.values where record.isArchived && archived[record.id] == nil {
        archived[record.id] = record
      }
    }
    #expect(accepted > 100)
    #expect(f.state.cases.values.contains { $0.stage >= .decided && $0.stage != .withdrawn })
    #expect(!f.state.referrals.isEmpty)
    #expect(try f.replayed() == f.state)
  }
}
