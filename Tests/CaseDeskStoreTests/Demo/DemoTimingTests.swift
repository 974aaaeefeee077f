import CaseDeskDomain
import CaseDeskStore
import Foundation
import Testing

/// Times demo builds when `CASEDESK_DEMO_TIMING` lists scales (`default,10000`); a benchmark
/// run by hand (`swift test -c release --filter DemoTimingTests`), never a timed assertion.
@Suite struct DemoTimingTests {
  @Test func timeBuilds() {
    guard let list = ProcessInfo.processInfo.environment["CASEDESK_DEMO_TIMING"] else { return }
    for item in list.split(separator: ",") {
      let scale = Int(item)
      let clock = ContinuousClock()
      var events = 0
      let elapsed = clock.measure { events = DemoBuilder.build(scale: scale).events.count }
      print("demo-timing scale=\(item) events=\(events) time=\(elapsed)")
    }
  }
}
