import Testing

@testable import CaseDeskDomain

@Suite struct PositiveListRulesTests {
  typealias F = RegisterFixture

  private func admit(_ id: EnterpriseID, facts: PositiveListEntry.EnforcementFacts = F.clean)
    -> Command
  {
    .positiveList(.admit(AdmissionRequest(enterprise: id, facts: facts)))
  }

  @Test func directAdmissionRecordsTheCriteria() throws {
    var state = F.state(needsApproval: false)
    let id = try F.register(1, in: &state)
    try Domain.perform(admit(id), by: .staff(F.clerk), at: F.now, on: &state)
    let entry = try #require(state.positiveList[id])
    #expect(entry.status == .listed)
    #expect(state.enterprises[id]?.positiveList == .listed)
    #expect(entry.listedSince == F.today)
    #expect(entry.nextReviewOn == F.day(2026, 6, 30))
    let assessment = try #require(entry.lastAssessment)
    #expect(assessment.checks.map(\.criterion) == PositiveListEntry.Criterion.allCases)
    #expect(assessment.checks.allSatisfy { $0.finding == .met })
    #expect(assessment.unknownsConfirmed == false)
    #expect(entry.history.map(\.kind) == [.admitted])
    #expect(entry.history.first?.actor == .staff(F.clerk))
    #expect(
      F.refusal(admit(id), by: .staff(F.clerk), in: state)?.kind == .ruleViolated)
  }

  @Test func eachUnmetCriterionRefusesAdmission() throws {
    var state = F.state(needsApproval: false)
    let id = try F.register(1, in: &state)
    let edits: [Enterprise.Field] = [
      .permitsComplete(false), .facilitiesRunning(false), .executionReportsFiled(false),
      .monitoring(.installed), .monitoring(.notInstalled), .facilityCategory(.incineration),
      .facilityCategory(.centralisedHazardousWaste), .facilityCategory(.wastewaterTreatment),
      .emergencies([F.day(2023, 7, 1)]),
    ]
    for edit in edits {
      var copy = state
      try Domain.perform(.enterprise(.edit(id, [edit])), by: .system, at: F.now, on: &copy)
      let refusal = F.refusal(admit(id), by: .staff(F.clerk), in: copy)
      #expect(refusal?.kind == .ruleViolated, "\(edit)")
      F.expectWellFormed(refusal)
      // Confirming unknowns does not help with an unmet criterion.
      let confirmed = Command.positiveList(
        .admit(AdmissionRequest(enterprise: id, facts: F.clean, confirmUnknowns: true)))
      #expect(F.refusal(confirmed, by: .staff(F.clerk), in: copy) != nil)
    }
    let penalty = PositiveListEntry.EnforcementFacts(
      penalties: [PositiveListEntry.PriorRecord(day: F.day(2023, 7, 1), reference: "鞍环罚〔2023〕5号")],
      crimeRecords: [])
    let refusal = F.refusal(admit(id, facts: penalty), by: .staff(F.clerk), in: state)
    #expect(refusal?.message.zh.contains("鞍环罚〔2023〕5号") == true)
    let crime = PositiveListEntry.EnforcementFacts(
      penalties: [],
      crimeRecords: [PositiveListEntry.PriorRecord(day: F.day(2022, 7, 1), reference: "移-1")])
    #expect(F.refusal(admit(id, facts: crime), by: .staff(F.clerk), in: state) != nil)
  }

  @Test func windowsAreTwoAndThreeYears() throws {
    let enterprise = Enterprise(
      uscc: F.code(1), name: "某", district: "某", monitoring: .networked,
      permit: Enterprise.PermitFacts(
        permitsComplete: true, facilitiesRunning: true, executionReportsFiled: true,
        category: .ordinary, emergencies: [F.day(2023, 6, 29)]))
    let old = PositiveListEntry.EnforcementFacts(
      penalties: [PositiveListEntry.PriorRecord(day: F.day(2023, 6, 29), reference: "P")],
      crimeRecords: [PositiveListEntry.PriorRecord(day: F.day(2022, 6, 29), reference: "C")])
    let assessment = PositiveListEntry.assess(enterprise, facts: old, on: F.today)
    #expect(assessment.unmet.isEmpty)
    let edge = PositiveListEntry.assess(enterprise, facts: old, on: F.day(2025, 6, 28))
    #expect(
      edge.unmet == [.noPenaltyInTwoYears, .noEmergencyInTwoYears, .noCrimeInThreeYears])
    for check in edge.checks { #expect(!check.evidence.zh.isEmpty && !check.evidence.en.isEmpty) }
  }

  @Test func unknownsNeedExplicitConfirmation() throws {
    var state = F.state(needsApproval: false)
    var draft = F.draft(1)
    draft.monitoring = nil
    draft.permit = Enterprise.PermitFacts()
    try Domain.perform(.enterprise(.register(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    let id = EnterpriseID(F.code(1))
    let none = PositiveListEntry.EnforcementFacts()
    let refusal = F.refusal(admit(id, facts: none), by: .staff(F.clerk), in: state)
    #expect(refusal?.kind == .ruleViolated)
    #expect(refusal?.message.en.contains("explicit confirmation") == true)
    let confirmed = Command.positiveList(
      .admit(AdmissionRequest(enterprise: id, facts: none, confirmUnknowns: true)))
    try Domain.perform(confirmed, by: .staff(F.clerk), at: F.now, on: &state)
    let assessment = try #require(state.positiveList[id]?.lastAssessment)
    #expect(assessment.unknownsConfirmed)
    // Penalties and crime records are searched in the workspace's cases and referrals, so
    // they are never unknown; only the permit facts the clerk left blank are.
    #expect(
      assessment.unknown == [
        .permitsAndFacilities, .executionReportsFiled, .monitoringNetworked, .notExcludedCategory,
      ])
  }

  @Test func admissionInputIsValidated() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let facts = PositiveListEntry.EnforcementFacts(
      penalties: [PositiveListEntry.PriorRecord(day: F.day(2026, 1, 1), reference: " ")],
      crimeRecords: [PositiveListEntry.PriorRecord(day: F.day(2020, 1, 1), reference: "")])
    let request = AdmissionRequest(enterprise: id, facts: facts, nextReviewOn: F.today)
    let refusal = F.refusal(.positiveList(.admit(request)), by: .staff(F.clerk), in: state)
    #expect(
      F.fields(refusal) == [
        "facts.crimeRecords[0].reference", "facts.penalties[0].day",
        "facts.penalties[0].reference", "nextReviewOn",
      ])
    F.expectWellFormed(refusal)
    #expect(F.refusal(admit("NOPE"), by: .staff(F.clerk), in: state)?.kind == .notFound)
  }

  @Test func approvalFlow() throws {
    var state = F.state(needsApproval: true)
    let id = try F.register(1, in: &state)
    let proposer = F.clerk
    try Domain.perform(admit(id), by: .staff(proposer), at: F.time(2025, 3, 1), on: &state)
    #expect(state.positiveList[id]?.status == .candidate)
    #expect(state.enterprises[id]?.positiveList == .candidate)
    #expect(PositiveListQueries.awaitingApproval(in: state).map(\.id) == [id])
    #expect(F.refusal(admit(id), by: .staff(F.clerk), in: state)?.kind == .ruleViolated)
    // Not a clerk, not the proposer.
    let approve = Command.positiveList(.approveAdmission(id, note: "同意"))
    #expect(F.refusal(approve, by: .staff(F.clerk), in: state)?.kind == .notPermitted)
    // The record changed since: the approval re-checks it.
    var changed = state
    try Domain.perform(
      .enterprise(.edit(id, [.facilitiesRunning(false)])), by: .system, at: F.now, on: &changed)
    #expect(F.refusal(approve, by: .staff(F.approver), in: changed)?.kind == .ruleViolated)
    try Domain.perform(approve, by: .staff(F.approver), at: F.time(2025, 3, 5), on: &state)
    let entry = try #require(state.positiveList[id])
    #expect(entry.status == .listed)
    #expect(entry.listedSince == F.day(2025, 3, 5))
    #expect(entry.nextReviewOn == F.day(2026, 3, 1))
    #expect(entry.pendingAdmission == nil)
    #expect(entry.history.map(\.kind) == [.proposed, .approved])
    #expect(entry.status(on: F.day(2025, 3, 4)) == .candidate)
    #expect(entry.status(on: F.day(2025, 2, 28)) == .notListed)
    #expect(F.refusal(approve, by: .staff(F.approver), in: state)?.kind == .ruleViolated)
  }

  @Test func theProposerCannotApprove() throws {
    var state = F.state()
    let both = StaffMemberDraft(id: "both", name: "双", roles: [.clerk, .approver])
    try Domain.perform(.staff(.addMember(both)), by: .system, at: F.now, on: &state)
    let id = try F.register(1, in: &state)
    try Domain.perform(admit(id), by: .staff("both"), at: F.now, on: &state)
    let approve = Command.positiveList(.approveAdmission(id, note: ""))
    #expect(F.refusal(approve, by: .staff("both"), in: state)?.kind == .ruleViolated)
    #expect(F.refusal(approve, by: .staff(F.approver), in: state) == nil)
  }

  @Test func rejectionReturnsToThePreviousStanding() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    try Domain.perform(admit(id), by: .staff(F.clerk), at: F.now, on: &state)
    let empty = F.refusal(
      .positiveList(.rejectAdmission(id, reason: " ")), by: .staff(F.approver), in: state)
    #expect(F.fields(empty) == ["reason"])
    #expect(
      F.refusal(
        .positiveList(.rejectAdmission(id, reason: "材料不全")), by: .staff(F.clerk), in: state)?
        .kind == .notPermitted)
    try Domain.perform(
      .positiveList(.rejectAdmission(id, reason: "材料不全")), by: .staff(F.approver), at: F.now,
      on: &state)
    #expect(state.positiveList[id]?.status == .notListed)
    #expect(state.enterprises[id]?.positiveList == .notListed)
    #expect(
      F.refusal(
        .positiveList(.rejectAdmission(id, reason: "x")), by: .staff(F.approver), in: state)?
        .kind == .ruleViolated)
    // It can be proposed again.
    #expect(F.refusal(admit(id), by: .staff(F.clerk), in: state) == nil)
  }

  @Test func suspendRestoreRemoveReadmit() throws {
    var state = F.state(needsApproval: false)
    let id = try F.register(1, in: &state)
    let complaint = PositiveListEntry.Reason(kind: .verifiedComplaint, text: "夜间异味投诉属实")
    #expect(
      F.refusal(.positiveList(.suspend(id, complaint)), by: .staff(F.clerk), in: state)?.kind
        == .notFound)
    try Domain.perform(admit(id), by: .staff(F.clerk), at: F.time(2025, 1, 10), on: &state)
    #expect(
      F.refusal(
        .positiveList(.restore(id, note: "x", nextReviewOn: nil)), by: .staff(F.clerk), in: state)?
        .kind == .ruleViolated)
    let violation = PositiveListEntry.Reason(kind: .violation)
    let noCase = F.refusal(.positiveList(.suspend(id, violation)), by: .staff(F.clerk), in: state)
    #expect(F.fields(noCase) == ["reason.caseNumber"])
    try Domain.perform(
      .positiveList(.suspend(id, complaint)), by: .staff(F.approver), at: F.time(2025, 2, 1),
      on: &state)
    #expect(state.enterprises[id]?.positiveList == .suspended)
    #expect(
      F.refusal(.positiveList(.suspend(id, complaint)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(admitRefusal(id, state)?.kind == .ruleViolated)
    let badRestore = F.refusal(
      .positiveList(.restore(id, note: "", nextReviewOn: F.today)), by: .staff(F.clerk), in: state)
    #expect(F.fields(badRestore) == ["nextReviewOn", "note"])
    try Domain.perform(
      .positiveList(.restore(id, note: "整改完成", nextReviewOn: F.day(2026, 1, 1))),
      by: .staff(F.clerk), at: F.time(2025, 3, 1), on: &state)
    #expect(state.positiveList[id]?.status == .listed)
    #expect(state.positiveList[id]?.nextReviewOn == F.day(2026, 1, 1))
    let noText = F.refusal(
      .positiveList(.remove(id, PositiveListEntry.Reason(kind: .request))), by: .staff(F.clerk),
      in: state)
    #expect(F.fields(noText) == ["reason.text"])
    F.expectWellFormed(noText)
    let removal = PositiveListEntry.Reason(
      kind: .violation, caseNumber: "鞍环罚〔2025〕12号", text: "超标排放，已立案")
    try Domain.perform(
      .positiveList(.remove(id, removal)), by: .staff(F.approver), at: F.time(2025, 4, 1),
      on: &state)
    let entry = try #require(state.positiveList[id])
    #expect(entry.status == .removed)
    #expect(entry.history.last?.reason == removal)
    #expect(entry.nextReviewOn == nil)
    #expect(
      F.refusal(.positiveList(.remove(id, removal)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(
      entry.history.map(\.kind) == [.admitted, .suspended, .restored, .removed])
    // Re-admission after removal is checked like any other.
    #expect(admitRefusal(id, state) == nil)
  }

  private func admitRefusal(_ id: EnterpriseID, _ state: DomainState) -> Refusal? {
    F.refusal(admit(id), by: .staff(F.clerk), in: state)
  }

  @Test(arguments: StaffRole.allCases)
  func rolesForEachCommand(_ role: StaffRole) throws {
    var state = F.state(needsApproval: false)
    let listed = try F.register(1, in: &state)
    let fresh = try F.register(2, in: &state)
    try Domain.perform(admit(listed), by: .system, at: F.now, on: &state)
    let actor = Actor.staff(try #require(F.byRole[role]))
    let reason = PositiveListEntry.Reason(kind: .request, text: "企业申请退出")
    let cases: [(PositiveListCommand, Set<StaffRole>)] = [
      (.admit(AdmissionRequest(enterprise: fresh, facts: F.clean)), [.clerk]),
      (.admitSeveral([AdmissionRequest(enterprise: fresh, facts: F.clean)]), [.clerk]),
      (.suspend(listed, reason), [.clerk, .approver]),
      (.remove(listed, reason), [.clerk, .approver]),
      (.recordReview(listed, nextReviewOn: F.day(2026, 6, 1), note: ""), [.clerk]),
    ]
    for (command, allowed) in cases {
      let refusal = F.refusal(.positiveList(command), by: actor, in: state)
      #expect((refusal == nil) == allowed.contains(role), "\(command) by \(role)")
      if !allowed.contains(role) { #expect(refusal?.kind == .notPermitted) }
    }
    try Domain.perform(.positiveList(.suspend(listed, reason)), by: .system, at: F.now, on: &state)
    let restore = F.refusal(
      .positiveList(.restore(listed, note: "恢复", nextReviewOn: nil)), by: actor, in: state)
    #expect((restore == nil) == (role == .clerk || role == .approver))
    var approval = F.state(needsApproval: true)
    let candidate = try F.register(3, in: &approval)
    try Domain.perform(admit(candidate), by: .system, at: F.now, on: &approval)
    for command in [
      PositiveListCommand.approveAdmission(candidate, note: ""),
      .rejectAdmission(candidate, reason: "不同意"),
    ] {
      let refusal = F.refusal(.positiveList(command), by: actor, in: approval)
      #expect((refusal == nil) == (role == .approver), "\(command) by \(role)")
    }
  }

  @Test func reviewsAndOverdue() throws {
    var state = F.state(needsApproval: false)
    let a = try F.register(1, in: &state)
    let b = try F.register(2, in: &state)
    let request = AdmissionRequest(enterprise: a, facts: F.clean, nextReviewOn: F.day(2025, 7, 1))
    try Domain.perform(.positiveList(.admit(request)), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(admit(b), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(PositiveListQueries.overdueReviews(on: F.day(2025, 7, 1), in: state).isEmpty)
    #expect(PositiveListQueries.overdueReviews(on: F.day(2025, 7, 2), in: state).map(\.id) == [a])
    #expect(
      PositiveListQueries.overdueReviews(on: F.day(2026, 7, 1), in: state).map(\.id) == [a, b])
    let past = F.refusal(
      .positiveList(.recordReview(a, nextReviewOn: F.today, note: "")), by: .staff(F.clerk),
      in: state)
    #expect(F.fields(past) == ["nextReviewOn"])
    let later = F.time(2025, 7, 3)
    try Domain.perform(
      .positiveList(.recordReview(a, nextReviewOn: F.day(2026, 7, 3), note: "复核合格")),
      by: .staff(F.clerk), at: later, on: &state)
    #expect(PositiveListQueries.overdueReviews(on: F.day(2025, 7, 4), in: state).isEmpty)
    #expect(state.positiveList[a]?.history.last?.kind == .reviewed)
    let fresh = try F.register(3, in: &state)
    try Domain.perform(admit(fresh), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(
      .positiveList(.remove(fresh, PositiveListEntry.Reason(kind: .expiry, text: "期满"))),
      by: .staff(F.clerk), at: F.now, on: &state)
    #expect(
      F.refusal(
        .positiveList(.recordReview(fresh, nextReviewOn: F.day(2026, 1, 1), note: "")),
        by: .staff(F.clerk), in: state)?.kind == .ruleViolated)
  }

  @Test func sizeOverTheYear() throws {
    var state = F.state(needsApproval: false)
    // 88 listed at the start of 2025, 10 more over the year, as in the demo.
    for n in 0..<88 {
      let id = try F.register(n, in: &state)
      try Domain.perform(admit(id), by: .system, at: F.time(2024, 12, 1), on: &state)
    }
    for n in 88..<98 {
      let id = try F.register(n, in: &state)
      try Domain.perform(admit(id), by: .system, at: F.time(2025, n - 86, 15), on: &state)
    }
    #expect(PositiveListQueries.size(on: F.day(2025, 1, 1), in: state) == 88)
    #expect(PositiveListQueries.size(on: F.day(2025, 12, 31), in: state) == 98)
    let sizes = PositiveListQueries.monthlySizes(year: 2025, in: state)
    #expect(sizes.count == 12)
    #expect(sizes.first == 88)
    #expect(sizes.last == 98)
    #expect(sizes == sizes.sorted())
    #expect(PositiveListQueries.counts(on: F.day(2025, 12, 31), in: state) == [.listed: 98])
  }

  @Test func bulkAdmission() throws {
    var state = F.state(needsApproval: false)
    let good = try F.register(1, in: &state)
    let bad = try F.register(2, in: &state)
    try Domain.perform(
      .enterprise(.edit(bad, [.monitoring(.installed)])), by: .system, at: F.now, on: &state)
    let requests = [good, bad, "NOPE"].map { AdmissionRequest(enterprise: $0, facts: F.clean) }
    let outcomes = PositiveListQueries.precheck(
      requests, by: .staff(F.clerk), at: F.now, in: state)
    #expect(outcomes.map(\.isAdmissible) == [true, false, false])
    #expect(outcomes[1].assessment?.unmet == [.monitoringNetworked])
    #expect(outcomes[2].refusal?.kind == .notFound)
    let all = F.refusal(.positiveList(.admitSeveral(requests)), by: .staff(F.clerk), in: state)
    #expect(all?.kind == .ruleViolated)
    #expect(all?.problems.map(\.field) == ["requests[1]", "requests[2]"])
    F.expectWellFormed(all)
    let twice = F.refusal(
      .positiveList(.admitSeveral([requests[0], requests[0]])), by: .staff(F.clerk), in: state)
    #expect(F.fields(twice) == ["requests[1].enterprise"])
    #expect(
      F.fields(F.refusal(.positiveList(.admitSeveral([])), by: .staff(F.clerk), in: state))
        == ["requests"])
    let third = try F.register(3, in: &state)
    let admissible =
      outcomes.filter(\.isAdmissible).map {
        AdmissionRequest(enterprise: $0.enterprise, facts: F.clean)
      } + [AdmissionRequest(enterprise: third, facts: F.clean)]
    let events = try Domain.perform(
      .positiveList(.admitSeveral(admissible)), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(events.count == 2)
    #expect(state.positiveList[good]?.status == .listed)
    #expect(state.positiveList[third]?.status == .listed)
    #expect(state.positiveList[bad] == nil)
  }

  @Test func listedWithoutCommissioner() throws {
    var state = F.state(needsApproval: false)
    let a = try F.register(1, in: &state)
    let b = try F.register(2, in: &state)
    _ = try F.register(3, in: &state, tier: .general)
    try Domain.perform(admit(a), by: .system, at: F.now, on: &state)
    try Domain.perform(admit(b), by: .system, at: F.now, on: &state)
    try Domain.perform(
      .enterprise(.assignCommissioner(a, F.commissioner)), by: .system, at: F.now, on: &state)
    #expect(EnterpriseQueries.listedWithoutCommissioner(in: state) == [b])
    #expect(EnterpriseQueries.keyEnterprisesWithoutCommissioner(in: state) == [b])
    #expect(EnterpriseQueries.enterprises(of: F.commissioner, in: state) == [a])
    let load = EnterpriseQueries.commissionerLoad(in: state)
    #expect(
      load == [
        EnterpriseQueries.CommissionerLoad(
          commissioner: F.commissioner, enterprises: 1, keyEnterprises: 1, openRequests: 0),
        EnterpriseQueries.CommissionerLoad(
          commissioner: F.commissioner2, enterprises: 0, keyEnterprises: 0, openRequests: 0),
      ])
  }

  @Test func applyRefusesEventsThatDoNotFit() throws {
    var state = F.state(needsApproval: false)
    let id = try F.register(1, in: &state)
    let assessment = PositiveListEntry.assess(
      try #require(state.enterprises[id]), facts: F.clean, on: F.today)
    let reason = PositiveListEntry.Reason(kind: .request, text: "x")
    let bad: [PositiveListChange] = [
      .admitted("NOPE", assessment, on: F.today, nextReviewOn: F.today, note: ""),
      .admissionApproved(id, assessment, on: F.today, note: ""),
      .admissionRejected(id, on: F.today, reason: "x"),
      .suspended(id, reason, on: F.today),
      .restored(id, on: F.today, note: "", nextReviewOn: nil),
      .removed(id, reason, on: F.today),
      .reviewed(id, on: F.today, nextReviewOn: F.today, note: ""),
    ]
    for change in bad {
      var copy = state
      #expect(throws: Inconsistency.self) {
        try copy.apply(Event(actor: .system, time: F.now, change: .positiveList(change)))
      }
      #expect(copy == state)
    }
    try Domain.perform(admit(id), by: .system, at: F.now, on: &state)
    for change in [
      PositiveListChange.admitted(id, assessment, on: F.today, nextReviewOn: F.today, note: ""),
      .admissionProposed(id, assessment, on: F.today, nextReviewOn: F.today, note: ""),
    ] {
      var copy = state
      #expect(throws: Inconsistency.self) {
        try copy.apply(Event(actor: .system, time: F.now, change: .positiveList(change)))
      }
    }
  }

  @Test func descriptions() {
    let id = EnterpriseID(F.code(1))
    let assessment = PositiveListEntry.Assessment(checkedOn: F.today, checks: [], facts: F.clean)
    let reason = PositiveListEntry.Reason(kind: .environmentalEmergency)
    let all: [PositiveListChange] = [
      .admissionProposed(id, assessment, on: F.today, nextReviewOn: F.today, note: ""),
      .admitted(id, assessment, on: F.today, nextReviewOn: F.today, note: ""),
      .admissionApproved(id, assessment, on: F.today, note: ""),
      .admissionRejected(id, on: F.today, reason: "r"), .suspended(id, reason, on: F.today),
      .restored(id, on: F.today, note: "", nextReviewOn: nil), .removed(id, reason, on: F.today),
      .reviewed(id, on: F.today, nextReviewOn: F.today, note: ""),
    ]
    for change in all {
      #expect(change.affectedRecords == [.positiveListEntry(id), .enterprise(id)])
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
    }
    for kind in PositiveListEntry.Reason.Kind.allCases { #expect(!kind.title.zh.isEmpty) }
    for criterion in PositiveListEntry.Criterion.allCases { #expect(!criterion.title.en.isEmpty) }
  }
}
