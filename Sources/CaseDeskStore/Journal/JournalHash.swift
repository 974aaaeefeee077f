import Crypto

/// A 128-bit hash in the journal: a record's `sum` (the first 16 bytes of SHA-256 over the
/// line up to `sum:`) and the chain link `prev`.
///
/// Written as 32 lowercase hex digits. A new workspace's first generation starts from
/// `zero`; later generations start from the previous generation's head.
public struct JournalHash: Hashable, Sendable, CustomStringConvertible {
  /// The first 8 bytes, big-endian.
  public var high: UInt64
  /// The last 8 bytes, big-endian.
  public var low: UInt64

  /// Creates a hash from its two halves.
  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The base hash of a brand-new workspace: 32 zeros.
  public static let zero = JournalHash(high: 0, low: 0)

  /// Parses 32 lowercase hex digits; nil otherwise.
  public init?(hex: String) {
    let bytes = Array(hex.utf8)
    guard bytes.count == 32 else { return nil }
    guard let parsed = bytes.withUnsafeBufferPointer({ JournalHash.parse($0, at: 0) }) else {
      return nil
    }
    self = parsed
  }

  /// Parses 32 lowercase hex digits at `offset` of a buffer the caller has bounds-checked.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> JournalHash? {
    var high: UInt64 = 0
    var low: UInt64 = 0
    for index in 0..<16 {
      guard let digit = nibble(bytes[offset + index]) else { return nil }
      high = high << 4 | UInt64(digit)
    }
    for index in 16..<32 {
      guard let digit = nibble(bytes[offset + index]) else { return nil }
      low = low << 4 | UInt64(digit)
    }
    return JournalHash(high: high, low: low)
  }

  @inline(__always)
  private static func nibble(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte &- 0x30
    case 0x61...0x66: return byte &- 0x61 &+ 10
    default: return nil
    }
  }

  /// The first 16 bytes of SHA-256 over `bytes`.
  public static func of(_ bytes: UnsafeRawBufferPointer) -> JournalHash {
    let digest = SHA256.hash(data: bytes)
    return digest.withUnsafeBytes { raw in
      var high: UInt64 = 0
      var low: UInt64 = 0
      for index in 0..<8 { high = high << 8 | UInt64(raw[index]) }
      for index in 8..<16 { low = low << 8 | UInt64(raw[index]) }
      return JournalHash(high: high, low: low)
    }
  }

  /// The first 16 bytes of SHA-256 over `bytes`.
  public static func of(_ bytes: [UInt8]) -> JournalHash {
    bytes.withUnsafeBytes { of($0) }
  }

  /// Appends the 32 lowercase hex digits to `output`.
  public func appendHex(to output: inout [UInt8]) {
    let digits: StaticString = "0123456789abcdef"
    digits.withUTF8Buffer { table in
      for shift in stride(from: 60, through: 0, by: -4) {
        output.append(table[Int(high >> UInt64(shift) & 0xF)])
      }
      for shift in stride(from: 60, through: 0, by: -4) {
        output.append(table[Int(low >> UInt64(shift) & 0xF)])
      }
    }
  }

  /// The 32 lowercase hex digits.
  public var description: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    appendHex(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
