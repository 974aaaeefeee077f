import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// Mapping in parallel slices gives exactly what a plain map gives, in order.
@Suite struct ParallelMapTests {
  @Test(arguments: [0, 1, 2, 3, 7, 1000, 1001])
  func slicesKeepOrder(_ count: Int) {
    let items = Array(0..<count)
    #expect(ParallelMap.map(items, minimumPerWorker: 1) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    #expect(ParallelMap.map(items, minimumPerWorker: 10_000) { $0 - 1 } == items.map { $0 - 1 })
  }

  @Test func aLargeBatchEncodesAsOneByOne() throws {
    let events = (0..<20_000).map { number in
      Event(
        actor: ExchangeFixture.clerk, time: ExchangeFixture.time,
        change: .enterprise(
          .registered(
            Enterprise(
              uscc: ExchangeFixture.uscc(number), name: "企业\(number)", district: "铁西区"))))
    }
    #expect(Workspace.drafts(events) == events.map(Workspace.draft))
  }
}
