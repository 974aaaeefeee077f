import CaseDeskDomain
import CaseDeskStore
import Testing

@Suite struct DemoBuilderTests {
  @Test func noCommandIsRefused() {
    if case .failure(let error) = DemoFixture.result { Issue.record("refused: \(error)") }
  }

  @Test func buildIsDeterministic() {
    let again = DemoBuilder.build()
    #expect(again.events.count == DemoFixture.workspace.events.count)
    #expect(again.events == DemoFixture.workspace.events)
    #expect(again.asOf == DemoFixture.workspace.asOf)
    #expect(again.name == DemoFixture.workspace.name)
  }

  @Test func replayReproducesTheState() throws {
    var fresh = DomainState()
    try fresh.apply(DemoFixture.workspace.events)
    #expect(fresh == DemoFixture.workspace.state)
  }

  @Test func eventsAreInTimeOrderUpToTheDemoDay() {
    let events = DemoFixture.workspace.events
    let ordered = zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time }
    #expect(ordered)
    let last = events.last?.time.day(utcOffset: 8 * 3600)
    #expect(last.map { $0 < DemoFixture.workspace.asOf } == true)
    #expect(DemoFixture.workspace.asOf == DemoFixture.day(2025, 12, 20))
  }
}
