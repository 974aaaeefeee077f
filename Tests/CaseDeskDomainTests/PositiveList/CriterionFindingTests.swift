import Testing

@testable import CaseDeskDomain

/// The cheap per-criterion check (`PositiveListEntry.finding`) gives exactly the findings of
/// the full assessment with evidence, for every kind of record.
@Suite struct CriterionFindingTests {
  typealias F = RegisterFixture

  @Test func findingsAgreeWithTheAssessment() throws {
    var state = F.state(needsApproval: false)
    let id = try F.register(1, in: &state)
    let edits: [[Enterprise.Field]] = [
      [], [.permitsComplete(false)], [.permitsComplete(nil)], [.facilitiesRunning(false)],
      [.executionReportsFiled(false)], [.executionReportsFiled(nil)], [.monitoring(.installed)],
      [.monitoring(.notInstalled)], [.monitoring(nil)], [.facilityCategory(.incineration)],
      [.facilityCategory(nil)], [.emergencies([F.day(2023, 7, 1)])],
      [.emergencies([F.day(2020, 7, 1)])], [.permitsComplete(nil), .monitoring(nil)],
    ]
    let factsCases: [PositiveListEntry.EnforcementFacts] = [
      F.clean, PositiveListEntry.EnforcementFacts(),
      PositiveListEntry.EnforcementFacts(
        penalties: [PositiveListEntry.PriorRecord(day: F.day(2024, 1, 1), reference: "P1")],
        crimeRecords: []),
      PositiveListEntry.EnforcementFacts(
        penalties: [PositiveListEntry.PriorRecord(day: F.day(2019, 1, 1), reference: "P0")],
        crimeRecords: [PositiveListEntry.PriorRecord(day: F.day(2023, 1, 1), reference: "C1")]),
      PositiveListEntry.EnforcementFacts(penalties: [], crimeRecords: nil),
    ]
    var kinds: Set<PositiveListEntry.Finding> = []
    for edit in edits {
      var copy = state
      if !edit.isEmpty {
        try Domain.perform(.enterprise(.edit(id, edit)), by: .system, at: F.now, on: &copy)
      }
      let enterprise = try #require(copy.enterprises[id])
      for facts in factsCases {
        let assessment = PositiveListEntry.assess(enterprise, facts: facts, on: F.today)
        for check in assessment.checks {
          let finding = PositiveListEntry.finding(
            of: check.criterion, for: enterprise, facts: facts, on: F.today)
          #expect(finding == check.finding, "\(check.criterion) \(edit) \(facts)")
          kinds.insert(finding)
        }
      }
    }
    #expect(kinds == [.met, .notMet, .unknown])
  }
}
