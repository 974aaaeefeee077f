import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The register tests' name for the shared record protocol.
typealias RegisterCodable = StoreRecordCodable

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
    CodecCheck.bytes(value)
  }

  /// Reads a whole record from bytes (nothing may follow it).
  static func read<T: RegisterCodable>(_ type: T.Type, _ bytes: [UInt8]) throws(CodecError) -> T {
    try CodecCheck.read(type, bytes)
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
    var random = SplitMix64(seed: seed)
    var decoded = 0
    for _ in 0..<count {
      let mutated = CodecCheck.mutate(data, using: &random)
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
    var random = SplitMix64(seed: seed)
    var decoded = 0
    for _ in 0..<count {
      let mutated = CodecCheck.mutate(data, using: &random)
      do {
        _ = try read(T.self, mutated)
        decoded += 1
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    return decoded
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
