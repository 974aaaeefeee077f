import Testing

@testable import CaseDeskStore

/// The reader's own UTF-8 check agrees with the standard library's on valid and broken bytes.
@Suite struct JSONReaderUTF8Tests {
  @Test func agreesWithTheStandardLibrary() {
    var random = SplitMix64(seed: 42)
    let seeds: [[UInt8]] = [
      Array("超标排放 🏭 é ß".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x8F], [0xE4, 0xB8], [0x80], [0xFF], [],
    ]
    for seed in seeds {
      #expect(Self.check(seed) == (String(validating: seed, as: UTF8.self) != nil))
    }
    for _ in 0..<20_000 {
      var bytes = Array("线索\(random.below(1000))🌊".utf8)
      for _ in 0...random.below(2) {
        let index = random.below(bytes.count)
        bytes[index] = UInt8(truncatingIfNeeded: random.next())
      }
      #expect(Self.check(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }
  }

  private static func check(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { JSONReader.isValidUTF8($0) }
  }
}
