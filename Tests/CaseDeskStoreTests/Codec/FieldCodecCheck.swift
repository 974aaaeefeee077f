import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The field tests' name for the shared record protocol.
typealias FieldRecordCodable = StoreRecordCodable

extension Inspection: FieldRecordCodable {}
extension Inspection.Reason: FieldRecordCodable {}
extension InspectionApproval: FieldRecordCodable {}
extension InspectionWithdrawal: FieldRecordCodable {}
extension InspectionScanIn: FieldRecordCodable {}
extension InspectionScanIn.Officer: FieldRecordCodable {}
extension InspectionResult: FieldRecordCodable {}
extension HealthCheckForm: FieldRecordCodable {}
extension HealthCheckProblem: FieldRecordCodable {}
extension HealthCheckVerification: FieldRecordCodable {}
extension SupervisorInvitation: FieldRecordCodable {}
extension InspectionPlan: FieldRecordCodable {}
extension ScanInReport: FieldRecordCodable {}
extension PlannedInspection: FieldRecordCodable {}
extension Clue: FieldRecordCodable {}
extension ClueIntake: FieldRecordCodable {}
extension ClueMeasurement: FieldRecordCodable {}
extension ClueFilingExtension: FieldRecordCodable {}
extension RepeatedExceedanceRule: FieldRecordCodable {}
extension RectificationTask: FieldRecordCodable {}
extension RectificationTaskDraft: FieldRecordCodable {}
extension RectificationStep: FieldRecordCodable {}

/// Shared checks of the field areas' codec tests: round trips, determinism, damaged input.
enum FieldCodecCheck {
  /// The bytes a record writes.
  static func bytes<T: FieldRecordCodable>(_ value: T) -> [UInt8] {
    CodecCheck.bytes(value)
  }

  /// Reads a record of type `T` that must fill all of `bytes`.
  static func decode<T: FieldRecordCodable>(_ type: T.Type, _ bytes: [UInt8]) throws(CodecError)
    -> T
  {
    try CodecCheck.read(type, bytes)
  }

  /// Checks that a record reads back equal, writes the same bytes twice, and skips unknown keys.
  static func expectRoundTrip<T: FieldRecordCodable>(
    _ value: T, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let bytes = bytes(value)
    #expect(try decode(T.self, bytes) == value, sourceLocation: sourceLocation)
    #expect(Self.bytes(value) == bytes, "not deterministic", sourceLocation: sourceLocation)
    if bytes.first == UInt8(ascii: "{") {
      let extended = Array(#"{"zzFuture":[1,{"a":null,"b":"\"}"}],"#.utf8) + bytes.dropFirst()
      #expect(try decode(T.self, extended) == value, sourceLocation: sourceLocation)
    }
  }

  /// The type name and data of a change.
  static func encode(_ change: Change) -> (type: String, data: [UInt8]) {
    ChangeCodec.encode(change)
  }

  /// Checks that a change reads back equal through `ChangeCodec`, deterministically.
  static func expectRoundTrip(_ change: Change, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let (type, data) = ChangeCodec.encode(change)
    #expect(
      try ChangeCodec.decode(type: type, data: data) == change, "\(type)",
      sourceLocation: sourceLocation)
    #expect(ChangeCodec.encode(change).data == data, "\(type)", sourceLocation: sourceLocation)
    let extended = Array(#"{"zzFuture":{"nested":[true,false,-1.5e3]},"#.utf8) + data.dropFirst()
    #expect(
      try ChangeCodec.decode(type: type, data: extended) == change, "\(type) with an unknown key",
      sourceLocation: sourceLocation)
  }

  /// Decodes every prefix of `bytes` and hundreds of seeded random mutations of them.
  ///
  /// Each attempt must throw a `CodecError` or produce a value; a crash or hang fails the run.
  static func expectSurvivesDamage(
    _ bytes: [UInt8], seed: UInt64, mutations: Int = 300,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ decode: ([UInt8]) throws(CodecError) -> Void
  ) {
    var failures = 0
    for count in 0..<bytes.count {
      do {
        try decode(Array(bytes[0..<count]))
      } catch {
        _ = error
        continue
      }
      // A strict prefix of one JSON object can never be a whole value.
      failures += 1
    }
    #expect(failures == 0, "a truncated value was accepted", sourceLocation: sourceLocation)
    var random = SplitMix64(seed: seed)
    for _ in 0..<mutations {
      let damaged = CodecCheck.mutate(bytes, using: &random)
      do {
        try decode(damaged)
      } catch {
        _ = error
      }
    }
  }
}
