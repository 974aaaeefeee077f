import CaseDeskDomain
import Testing

@testable import CaseDeskStore

@Suite struct EventRoundTripTests {
  @Test func everyDemoEventSurvivesTheJournalEncoding() throws {
    let events = DemoFixture.workspace.events
    #expect(events.count > 10_000)
    var types: Set<String> = []
    for event in events {
      let (type, data) = ChangeCodec.encode(event.change)
      types.insert(type)
      #expect(!data.contains(0x09) && !data.contains(0x0A) && !data.contains(0x0D))
      let decoded = try ChangeCodec.decode(type: type, data: data)
      if decoded != event.change {
        Issue.record("\(type) did not round-trip")
        return
      }
    }
    // The demo exercises most event types; the codec tests cover every one.
    #expect(types.count > 50)
  }

  @Test func replayingDecodedEventsReproducesTheDemo() throws {
    var state = DomainState()
    for event in DemoFixture.workspace.events {
      let (type, data) = ChangeCodec.encode(event.change)
      let change = try ChangeCodec.decode(type: type, data: data)
      try state.apply(Event(actor: event.actor, time: event.time, change: change))
    }
    #expect(state == DemoFixture.workspace.state)
  }
}

@Suite struct SnapshotTests {
  @Test func snapshotRoundTripsTheDemoState() throws {
    let state = DemoFixture.workspace.state
    let bytes = SnapshotCodec.encode(
      state, generation: 3, sequence: 14_693, head: String(repeating: "ab", count: 16))
    let (loaded, header) = try SnapshotCodec.decode(bytes, calendar: state.calendar)
    #expect(
      header
        == SnapshotHeader(
          generation: 3, sequence: 14_693, head: String(repeating: "ab", count: 16),
          records: header.records))
    #expect(loaded == state)
    // Deterministic: the same state gives the same bytes.
    #expect(
      SnapshotCodec.encode(
        loaded, generation: 3, sequence: 14_693, head: String(repeating: "ab", count: 16)) == bytes)
  }

  @Test func anyDamageIsDetected() throws {
    var state = DomainState()
    state.enterprises["914403001922038216"] = Enterprise(
      uscc: "914403001922038216", name: "深圳市某科技有限公司", district: "南山区")
    let bytes = SnapshotCodec.encode(
      state, generation: 1, sequence: 1, head: String(repeating: "0", count: 32))
    var detected = 0
    for index in bytes.indices {
      for bit in [UInt8(1), 0x40] {
        var damaged = bytes
        damaged[index] ^= bit
        if (try? SnapshotCodec.decode(damaged, calendar: .shipped)) == nil { detected += 1 }
      }
    }
    #expect(detected == bytes.count * 2, "every flipped bit is detected")
    for cut in stride(from: 0, to: bytes.count, by: 7) {
      #expect((try? SnapshotCodec.decode(Array(bytes[..<cut]), calendar: .shipped)) == nil)
    }
  }
}
