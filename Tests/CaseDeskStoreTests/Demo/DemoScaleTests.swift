import CaseDeskDomain
import CaseDeskStore
import Testing

/// A small province-sized build: proportional counts, valid history.
@Suite struct DemoScaleTests {
  @Test func smallScaleBuildsAndReplays() throws {
    let workspace = try DemoFixture.small.get()
    let state = workspace.state
    #expect(state.enterprises.count == 1500)
    let events = workspace.events.count
    #expect(events >= 1500 * 7 && events <= 1500 * 14, "\(events) events")
    let s = state.statistics(
      from: DemoFixture.day(2025, 1, 1), through: DemoFixture.day(2025, 12, 31))
    let factor = 1500.0 / 1260.0
    func near(_ value: Int, _ base: Int) -> Bool {
      abs(Double(value) - Double(base) * factor) <= max(3, Double(base) * factor * 0.05)
    }
    #expect(near(s.channelKeyEnterprises, 147))
    #expect(near(s.approvedInspections, 417))
    #expect(near(s.scanIns, 476))
    #expect(near(s.onlineMonitoringClues, 3406))
    #expect(near(s.minorViolationsNotPenalised, 28))
    #expect(s.scanInSatisfaction == 1.0)
    var fresh = DomainState()
    try fresh.apply(workspace.events)
    #expect(fresh == state)
  }

  @Test func scaledBuildIsDeterministic() throws {
    let first = DemoBuilder.build(scale: 300)
    let second = DemoBuilder.build(scale: 300)
    #expect(first.events == second.events)
    #expect(first.state.enterprises.count == 300)
  }
}
