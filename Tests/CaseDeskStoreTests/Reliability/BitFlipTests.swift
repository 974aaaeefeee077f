import CaseDeskStore
import Testing

/// Flips every bit of a small journal: every damaged line is detected (none accepted
/// silently); damage in the last line is a torn tail, earlier lines are reported as damage in
/// the middle with the right line and byte offset.
@Suite struct BitFlipTests {
  @Test func everyFlippedBitIsDetectedAndPlaced() throws {
    let directory = try TemporaryDirectory("flips")
    defer { directory.remove() }
    let path = directory.file("journal-000001.log")
    let original = try JournalFixture.write(4, to: path)
    let lines = JournalFixture.lineRanges(original)
    var flips = 0
    var tornTails = 0
    var middle = 0
    for offset in original.indices {
      let line = lines.firstIndex { $0.contains(offset) } ?? 0
      for bit in 0..<8 {
        var bytes = original
        bytes[offset] ^= UInt8(1) << UInt8(bit)
        flips += 1
        let (journal, verdict) = JournalRecovery.examine(
          bytes, path: path, base: .zero, firstSequence: 1)
        #expect(verdict != .clean, "flip at \(offset) bit \(bit) accepted")
        #expect(journal.recordCount == line, "flip at \(offset) bit \(bit)")
        switch verdict {
        case .clean:
          break
        case .tornTail(let tornOffset, _):
          tornTails += 1
          #expect(line == lines.count - 1 && tornOffset == lines[line].lowerBound)
        case .damaged(let damage):
          middle += 1
          #expect(line < lines.count - 1, "flip at \(offset) bit \(bit) in the last line")
          #expect(damage.lineNumber == line + 1 && damage.offset == lines[line].lowerBound)
        }
      }
    }
    // The same through the on-disk recovery for a sample: damage leaves the file untouched,
    // a torn tail is cut back to the complete records.
    var generator = SystemRandomNumberGenerator()
    let sample = longRun ? 2_000 : 200
    for _ in 0..<sample {
      let offset = Int.random(in: original.indices, using: &generator)
      var bytes = original
      bytes[offset] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
      try overwrite(path, bytes)
      let recovered = try JournalRecovery().open(path: path, base: .zero, firstSequence: 1)
      switch recovered.outcome {
      case .clean: Issue.record("flip at \(offset) accepted on disk")
      case .tornTail: #expect(contents(path) == Array(original[..<lines[3].lowerBound]))
      case .damaged: #expect(contents(path) == bytes)
      }
    }
    print(
      "bit flips: \(grouped(flips)) flips in \(original.count) bytes, \(grouped(flips)) detected, "
        + "0 accepted silently (\(grouped(tornTails)) torn tails, \(grouped(middle)) mid-file "
        + "damage at the right line and offset); \(sample) more on disk")
  }
}
