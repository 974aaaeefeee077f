import Testing

@testable import CaseDeskDomain

@Suite struct InspectionApplyAndQueryTests {
  typealias F = FieldFixture

  func event(_ change: InspectionChange, at day: String = "2025-03-10") -> Event {
    Event(actor: .staff(F.officer1), time: F.at(day), change: .inspection(change))
  }

  @Test func caseOpenedSetsTheResultAndLinksTheCase() throws {
    var f = F()
    let id = f.scannedIn()
    try f.state.apply(event(.caseOpened(id, "CASE-1")))
    #expect(f.state.inspections[id]?.result?.outcome == .caseOpened)
    #expect(f.state.inspections[id]?.cases == ["CASE-1"])
    #expect(f.state.inspections[id]?.stage == .resultRecorded)

    let form = f.withHealthCheckForm()
    try f.state.apply(event(.caseOpened(form, "CASE-2")))
    #expect(f.state.inspections[form]?.result?.outcome == .healthCheckForm)
    #expect(f.state.inspections[form]?.cases == ["CASE-2"])

    let compliant = f.scannedIn(number: 7)
    f.perform(
      .inspection(
        .recordResult(compliant, outcome: .problemsFound, findings: "x", healthCheckProblems: [])),
      by: F.officer1, at: F.at("2025-03-10", minutes: 50))
    try f.state.apply(event(.caseOpened(compliant, "CASE-3")))
    #expect(f.state.inspections[compliant]?.result?.outcome == .caseOpened)
    #expect(f.state.inspections[compliant]?.result?.findings == "x")
  }

  @Test func caseOpenedNeedsAnApprovedInspection() {
    var f = F()
    let id = f.planned()
    #expect(f.state.inspections[id]?.acceptsCaseOpening == false)
    let before = f.state
    #expect(throws: Inconsistency.self) { try f.state.apply(event(.caseOpened(id, "CASE-1"))) }
    #expect(f.state == before)
    #expect(throws: Inconsistency.self) {
      try f.state.apply(event(.caseOpened("JC-2025-0404", "CASE-1")))
    }
  }

  @Test func eventsThatDoNotFitAreInconsistent() throws {
    var f = F()
    let planned = f.planned()
    let approved = f.approved(number: 2)
    let plan = try #require(f.state.inspections[planned])
    let inconsistent: [InspectionChange] = [
      .planned(
        PlannedInspection(
          id: planned, enterprise: F.plain, kind: .routine, mode: .onSite,
          plannedOn: plan.plannedOn,
          officers: plan.officers, reason: nil, isPositiveListException: false)),
      .approved("JC-2025-0404", approvalFormNumber: "a", noticeNumber: "b"),
      .approved(approved, approvalFormNumber: "a", noticeNumber: "b"),
      .scannedIn(
        planned, scannedAt: F.at("2025-03-10"), place: "x", officers: [], verification: .verified),
      .resultRecorded(planned, outcome: .compliant, findings: "", healthCheckProblems: []),
      .resultRecorded(approved, outcome: .compliant, findings: "", healthCheckProblems: []),
      .healthCheckProblemVerified(
        approved, problem: 0, isFixed: true, verifiedOn: F.day("2025-03-10"), officer: F.officer1),
      .evaluated(approved, .satisfied),
      .filed(approved),
      .supervisorParticipationRecorded(approved, F.supervisor, participated: true, opinion: nil),
      .withdrawn("JC-2025-0404", reason: "x"),
    ]
    for change in inconsistent {
      let before = f.state
      #expect(throws: Inconsistency.self, "\(change)") { try f.state.apply(event(change)) }
      #expect(f.state == before)
    }
  }

  @Test func queriesForThePanesAndTheAudit() {
    var f = F()
    let offSite = f.planned(F.plan(F.listed, on: "2025-03-10"))
    let onSite = f.approved(
      F.plan(F.listed, mode: .onSite, on: "2025-03-05", reason: .complaint("12345")), number: 2)
    let nextYear = f.planned(F.plan(F.listed, on: "2026-01-05"))
    #expect(f.state.inspections(of: F.listed, inYear: 2025).map(\.id) == [onSite, offSite])
    #expect(f.state.inspections(of: F.listed, inYear: 2026).map(\.id) == [nextYear])
    #expect(f.state.onSiteInspections(of: F.listed, inYear: 2025).map(\.id) == [onSite])
    #expect(f.state.inspections(of: F.listed, inYear: 2025).first?.reason == .complaint("12345"))
    #expect(f.state.inspectionsAwaitingApproval().map(\.id) == [offSite, nextYear])
    #expect(f.state.lastInspection(of: F.plain) == nil)
    let done = f.withHealthCheckForm()
    #expect(f.state.lastInspection(of: F.plain)?.id == done)
    #expect(f.state.pendingHealthCheckForms(of: F.plain).map(\.id) == [done])
    #expect(f.state.pendingHealthCheckForms(of: F.listed).isEmpty)
  }

  @Test func everyChangeDescribesItselfInBothLanguages() {
    let id: InspectionID = "JC-2025-0001"
    let changes: [InspectionChange] = [
      .planned(
        PlannedInspection(
          id: id, enterprise: F.listed, kind: .routine, mode: .onSite,
          plannedOn: F.day("2025-03-10"), officers: [F.officer1, F.officer2],
          reason: .clue("XS-2025-0001"), isPositiveListException: true)),
      .approved(id, approvalFormNumber: "a", noticeNumber: "b"),
      .withdrawn(id, reason: "r"),
      .scannedIn(
        id, scannedAt: F.at("2025-03-10"), place: "p", officers: [], verification: .failed),
      .resultRecorded(id, outcome: .healthCheckForm, findings: "", healthCheckProblems: ["x"]),
      .healthCheckProblemVerified(
        id, problem: 0, isFixed: false, verifiedOn: F.day("2025-03-10"), officer: F.officer1),
      .evaluated(id, .notSatisfied),
      .filed(id),
      .supervisorInvited(id, F.supervisor),
      .supervisorParticipationRecorded(id, F.supervisor, participated: false, opinion: nil),
      .caseOpened(id, "CASE-1"),
    ]
    for change in changes {
      #expect(change.affectedRecords.first == .inspection(id))
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
      #expect(change.summary.en.contains(id.raw))
    }
    #expect(changes[0].affectedRecords.contains(.clue("XS-2025-0001")))
    #expect(changes[0].summary.zh.contains("正面清单"))
    #expect(changes[8].affectedRecords.contains(.supervisor(F.supervisor)))
    #expect(changes[10].affectedRecords.contains(.enforcementCase("CASE-1")))
  }

  @Test func titlesExistInBothLanguages() {
    let titles: [LocalizedText] =
      Inspection.Kind.allCases.map(\.title) + Inspection.Mode.allCases.map(\.title)
      + Inspection.Stage.allCases.map(\.title) + Inspection.Outcome.allCases.map(\.title)
      + Inspection.Evaluation.allCases.map(\.title)
    for title in titles { #expect(!title.zh.isEmpty && !title.en.isEmpty) }
  }
}
