import CaseDeskDomain
import CaseDeskStore
import Testing

@Suite struct DemoVersionTests {
  @Test func theRecordedDigestIsTheBuiltDemos() {
    let digest = DemoVersion.digest(of: DemoFixture.workspace.events)
    #expect(
      digest == DemoVersion.recordedDigest,
      """
      The demo generator's output changed: bump DemoVersion.current and record
      \(digest) as DemoVersion.recordedDigest.
      """)
  }

  @Test func theDigestSeesAChangedEvent() throws {
    let events = DemoFixture.workspace.events
    let last = try #require(events.last)
    var moved = events
    moved[moved.count - 1].time = Timestamp(secondsSinceEpoch: last.time.secondsSinceEpoch + 1)
    #expect(DemoVersion.digest(of: moved) != DemoVersion.digest(of: events))
    #expect(DemoVersion.digest(of: Array(events.dropLast())).hasPrefix("\(events.count - 1):"))
  }

  @Test func aMissingOrLowerStampIsOlder() {
    #expect(DemoVersion.isOlder(nil))
    #expect(DemoVersion.isOlder(DemoVersion.current - 1))
    #expect(!DemoVersion.isOlder(DemoVersion.current))
  }

  @Test func theConfigKeepsTheStamp() throws {
    let config = WorkspaceConfig(name: "演示", isDemo: true, demoVersion: DemoVersion.current)
    let read = try WorkspaceConfig.decode(config.encoded())
    #expect(read == config)
    #expect(String(decoding: config.encoded(), as: UTF8.self).contains("\"demoVersion\""))
  }

  @Test func aConfigWithoutTheStampStillReads() throws {
    let old = #"{"name":"演示","demo":true,"asOf":"2025-12-20","compactionThreshold":67108864}"#
    let read = try WorkspaceConfig.decode(Array(old.utf8))
    #expect(read.isDemo)
    #expect(read.demoVersion == nil)
    let real = WorkspaceConfig(name: "局")
    #expect(!String(decoding: real.encoded(), as: UTF8.self).contains("demoVersion"))
  }
}
