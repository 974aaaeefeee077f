import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// A record type with a JSON codec, so the register's tests can check them all alike.
protocol RegisterCodable: Equatable {
  /// Writes the value as one JSON value.
  func write(to writer: inout JSONWriter)
  /// Reads a value written by `write(to:)`.
  static func read(from reader: inout JSONReader) throws(CodecError) -> Self
}

extension StaffMember: RegisterCodable {}
extension SocialSupervisor: RegisterCodable {}
extension StaffMemberDraft: RegisterCodable {}
extension SupervisorDraft: RegisterCodable {}
extension Enterprise: RegisterCodable {}
extension Enterprise.Field: RegisterCodable {}
extension Enterprise.PermitFacts: RegisterCodable {}
extension Enterprise.CommissionerAssignment: RegisterCodable {}
extension EnterpriseDraft: RegisterCodable {}
extension PositiveListEntry: RegisterCodable {}
extension PositiveListEntry.PendingAdmission: RegisterCodable {}
extension PositiveListEntry.Step: RegisterCodable {}
extension PositiveListEntry.Reason: RegisterCodable {}
extension PositiveListEntry.Assessment: RegisterCodable {}
extension PositiveListEntry.CriterionCheck: RegisterCodable {}
extension PositiveListEntry.EnforcementFacts: RegisterCodable {}
extension PositiveListEntry.PriorRecord: RegisterCodable {}
extension ServiceRequest: RegisterCodable {}
extension ServiceRequest.Step: RegisterCodable {}
extension FollowUpVisit: RegisterCodable {}
extension ServiceRequestDraft: RegisterCodable {}
extension FollowUpVisitDraft: RegisterCodable {}

/// Shared checks of the register's codecs: round trips, determinism, robustness.
enum RegisterCodecCheck {
  /// The bytes of a record.
  static func bytes<T: RegisterCodable>(_ value: T) -> [UInt8] {
    var writer = JSONWriter()
    value.write(to: &writer)
    return writer.bytes
  }

  /// Reads a whole record from bytes (nothing may follow it).
  static func read<T: RegisterCodable>(_ type: T.Type, _ bytes: [UInt8]) throws(CodecError) -> T {
    var reader = JSONReader(bytes)
    let value = try T.read(from: &reader)
    try reader.expectEnd()
    return value
  }

  /// Checks that a record reads back equal and writes the same bytes twice and after reading.
  static func roundTrip<T: RegisterCodable>(
    _ value: T, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let first = bytes(value)
    let decoded = try read(T.self, first)
    #expect(decoded == value, sourceLocation: sourceLocation)
    #expect(bytes(value) == first, sourceLocation: sourceLocation)
    #expect(bytes(decoded) == first, sourceLocation: sourceLocation)
  }

  /// Checks that a change reads back equal and encodes to the same bytes every time.
  static func roundTrip(_ change: Change, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let (type, data) = ChangeCodec.encode(change)
    let decoded = try ChangeCodec.decode(type: type, data: data)
    #expect(decoded == change, sourceLocation: sourceLocation)
    let again = ChangeCodec.encode(change)
    #expect(again.type == type && again.data == data, sourceLocation: sourceLocation)
    let reencoded = ChangeCodec.encode(decoded)
    #expect(reencoded.type == type && reencoded.data == data, sourceLocation: sourceLocation)
  }

  /// The distinct type names of changes.
  static func typeNames(_ changes: [Change]) -> Set<String> {
    Set(changes.map { ChangeCodec.encode($0).type })
  }

  /// Checks that every strict prefix of a change's data fails with a `CodecError`.
  static func truncations(_ change: Change, sourceLocation: SourceLocation = #_sourceLocation) {
    let (type, data) = ChangeCodec.encode(change)
    for length in 0..<data.count {
      #expect(
        throws: CodecError.self, sourceLocation: sourceLocation,
        performing: { try ChangeCodec.decode(type: type, data: Array(data[..<length])) })
    }
  }

  /// Checks that every strict prefix of a record's bytes fails with a `CodecError`.
  static func truncations<T: RegisterCodable>(
    _ value: T, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let data = bytes(value)
    for length in 0..<data.count {
      #expect(
        throws: CodecError.self, sourceLocation: sourceLocation,
        performing: { try read(T.self, Array(data[..<length])) })
    }
  }

  /// Decodes `count` random mutations of a change's data; each must throw or give a value.
  ///
  /// Returns how many still decoded (typed throws guarantee any failure is a `CodecError`;
  /// the test's point is that nothing traps or loops).
  @discardableResult
  static func mutations(_ change: Change, count: Int, seed: UInt64) -> Int {
    let (type, data) = ChangeCodec.encode(change)
    var random = SplitMix(seed: seed)
    var decoded = 0
    for _ in 0..<count {
      let mutated = mutate(data, using: &random)
      do {
        _ = try ChangeCodec.decode(type: type, data: mutated)
        decoded += 1
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    return decoded
  }

  /// Decodes `count` random mutations of a record's bytes; each must throw or give a value.
  @discardableResult
  static func mutations<T: RegisterCodable>(_ value: T, count: Int, seed: UInt64) -> Int {
    let data = bytes(value)
    var random = SplitMix(seed: seed)
    var decoded = 0
    for _ in 0..<count {
      let mutated = mutate(data, using: &random)
      do {
        _ = try read(T.self, mutated)
        decoded += 1
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    return decoded
  }

  /// Bytes JSON gives meaning to, so mutations often hit the parser's edge cases.
  private static let structural: [UInt8] =
    Array("{}[]\":,\\-0123456789.eEtfnu ".utf8) + [
      0x00, 0x0A, 0x7F, 0x80, 0xBF, 0xC3, 0xE4, 0xF0, 0xFF,
    ]

  /// One to three random edits: replace, insert or delete a byte, or swap two.
  private static func mutate(_ data: [UInt8], using random: inout SplitMix) -> [UInt8] {
    var bytes = data
    for _ in 0...random.next(below: 3) {
      guard !bytes.isEmpty else { break }
      let index = random.next(below: bytes.count)
      let byte =
        random.next(below: 2) == 0
        ? structural[random.next(below: structural.count)] : UInt8(random.next(below: 256))
      switch random.next(below: 4) {
      case 0: bytes[index] = byte
      case 1: bytes.insert(byte, at: index)
      case 2: bytes.remove(at: index)
      default: bytes.swapAt(index, random.next(below: bytes.count))
      }
    }
    return bytes
  }

  /// A small seeded generator (SplitMix64), so mutation runs are reproducible.
  struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  /// The data with an unknown field holding every kind of value put first in every object.
  ///
  /// Objects are found as `{"` (an object with a first key); the samples hold no such text
  /// inside strings.
  static func withUnknownFields(_ data: [UInt8]) -> [UInt8] {
    let extra = Array(#""zzFuture":{"a":[1,-2.5e3,true,false,null,"x\"y"],"b":{}},"#.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(data.count * 2)
    for (index, byte) in data.enumerated() {
      result.append(byte)
      if byte == UInt8(ascii: "{"), index + 1 < data.count, data[index + 1] == UInt8(ascii: "\"") {
        result.append(contentsOf: extra)
      }
    }
    return result
  }
}
