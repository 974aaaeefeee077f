import CaseDeskDomain

@testable import CaseDeskStore

/// A record type with the store's JSON codec (`write(to:)` and `read(from:)`), so every codec
/// test checks records alike.
protocol StoreRecordCodable: Equatable {
  /// Writes the value as one JSON value.
  func write(to writer: inout JSONWriter)
  /// Reads a value written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Self
}

/// The primitives every area's codec tests share: a record's bytes, reading them back, and
/// reproducible random damage.
enum CodecCheck {
  /// The JSON bytes of one record.
  static func bytes<T: StoreRecordCodable>(_ value: T) -> [UInt8] {
    var writer = JSONWriter()
    value.write(to: &writer)
    return writer.bytes
  }

  /// Reads one record from `bytes[..<end]`, which must hold nothing else.
  static func read<T: StoreRecordCodable>(_ type: T.Type, _ bytes: [UInt8], to end: Int? = nil)
    throws(CodecError) -> T
  {
    var reader = JSONReader(bytes, to: end)
    let value = try T.read(from: &reader)
    try reader.expectEnd()
    return value
  }

  /// Bytes JSON gives meaning to, so mutations often hit the parser's edge cases.
  static let structural: [UInt8] =
    Array("{}[]\":,\\-0123456789.eEtfnu \u{7F}".utf8) + [
      0x00, 0x0A, 0x80, 0xBF, 0xC3, 0xE4, 0xF0, 0xFF,
    ]

  /// One to three random edits: replace, insert or delete a byte, or repeat a short run.
  static func mutate(_ data: [UInt8], using random: inout SplitMix64) -> [UInt8] {
    var bytes = data
    for _ in 0...random.below(3) {
      guard !bytes.isEmpty else { break }
      let index = random.below(bytes.count)
      let byte =
        random.below(2) == 0
        ? structural[random.below(structural.count)] : UInt8(truncatingIfNeeded: random.next())
      switch random.below(4) {
      case 0: bytes[index] = byte
      case 1: bytes.insert(byte, at: index)
      case 2: bytes.remove(at: index)
      default:
        let end = min(bytes.count, index + random.below(12) + 1)
        bytes.insert(contentsOf: Array(bytes[index..<end]), at: index)
      }
    }
    return bytes
  }
}

/// A small seeded random number generator (SplitMix64), so fuzz runs repeat exactly.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when the bound is not positive).
  mutating func below(_ bound: Int) -> Int { bound > 0 ? Int(next() % UInt64(bound)) : 0 }
}
