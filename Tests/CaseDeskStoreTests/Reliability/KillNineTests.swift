import CaseDeskStore
import Foundation
import Glibc
import Testing

/// Kills a journal-writing child process at random moments and checks no acknowledged record
/// is lost.
///
/// The child (`JournalTorture append`) appends batches of random size and acknowledges each
/// sequence number on stdout after `append` returns; it is killed with SIGKILL at a random
/// moment, then recovery must find every acknowledged record intact. 150 kills by default,
/// 1,000 with CASEDESK_LONG=1.
@Suite struct KillNineTests {
  @Test func noAcknowledgedRecordIsLost() throws {
    let kills = longRun ? 1_000 : 150
    var acknowledged = 0
    var lost = 0
    var tornTails = 0
    var tornBytes = 0
    var directory = try TemporaryDirectory("kill")
    var acknowledgedBefore: UInt64 = 0
    var generator = SystemRandomNumberGenerator()
    for round in 0..<kills {
      // A fresh workspace every 25 kills keeps the journal (and the test) small.
      if round % 25 == 0, round > 0 {
        directory.remove()
        directory = try TemporaryDirectory("kill")
        acknowledgedBefore = 0
      }
      let seed = UInt64.random(in: 1...UInt64.max, using: &generator)
      let (process, _, output) = try TortureProcess.launch(["append", directory.path, "\(seed)"])
      var text = TortureProcess.readLine(output)  // the first ack: the child is appending
      usleep(UInt32.random(in: 0..<40_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      text += output.fileHandleForReading.readDataToEndOfFile()
      let acks = String(decoding: text, as: UTF8.self).split(separator: "\n")
        .compactMap { $0.hasPrefix("ack ") ? UInt64($0.dropFirst(4)) : nil }
      let highest = acks.max() ?? acknowledgedBefore
      #expect(!acks.isEmpty, "round \(round): the child never acknowledged")
      acknowledged += Int(highest - acknowledgedBefore)

      let path = directory.file(JournalGeneration.first.fileName)
      let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
      #expect(recovered.isWritable, "round \(round): \(recovered.outcome)")
      if case .tornTail(let torn) = recovered.outcome {
        tornTails += 1
        tornBytes += torn.byteCount
      }
      let last = recovered.nextSequence - 1
      if last < highest {
        lost += Int(highest - last)
        Issue.record("round \(round): acknowledged \(highest), recovered only \(last)")
      }
      // Every record is intact and carries its own sequence number in its data.
      var scanner = recovered.scanner()
      var checked = 0
      scanner.forEachRecord { entry in
        let data = entry.string(entry.data, in: recovered.bytes)
        if !data.hasPrefix("{\"n\":\(entry.sequence),") {
          Issue.record("round \(round): record \(entry.sequence) holds \(data.prefix(30))")
        }
        checked += 1
      }
      #expect(scanner.isComplete && checked == Int(last))
      acknowledgedBefore = max(highest, last)
    }
    directory.remove()
    print(
      "kill-9 loop: \(grouped(kills)) kills, \(grouped(acknowledged)) records acknowledged, "
        + "\(lost) lost, \(tornTails) torn tails truncated (\(grouped(tornBytes)) bytes); "
        + "child \(TortureProcess.origin)")
  }
}
