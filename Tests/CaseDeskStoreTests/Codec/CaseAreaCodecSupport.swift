import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The case and referral tests' name for the shared record protocol.
typealias CaseAreaRecordCodable = StoreRecordCodable

/// Helpers shared by the case and referral codec tests: record round trips and damaged input.
enum CaseAreaCodecSupport {
  /// Checks that a sample record reads back equal to itself (a missing sample fails).
  static func check<T: CaseAreaRecordCodable>(
    _ value: T?, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard let value else {
      Issue.record("missing sample of \(T.self)", sourceLocation: sourceLocation)
      return
    }
    #expect(
      try decode(T.self, encode(value)) == value, "\(T.self)", sourceLocation: sourceLocation)
  }

  /// Checks that no strict prefix of any encoded change, nor of a full record, decodes.
  static func expectTruncationsFail<T: CaseAreaRecordCodable>(
    _ changes: [(type: String, data: [UInt8])], record: T
  ) {
    for (type, data) in changes {
      let decoded = decodePrefixes(data) { (bytes, end) throws(CodecError) in
        _ = try ChangeCodec.decode(type: type, data: bytes, to: end)
      }
      #expect(decoded == 0, "\(type)")
    }
    let decoded = decodePrefixes(encode(record)) { (bytes, end) throws(CodecError) in
      _ = try decode(T.self, bytes, to: end)
    }
    #expect(decoded == 0, "\(T.self)")
  }

  /// Decodes seeded random mutations of every encoded change (40 each) and of a full record
  /// (400); each must throw or give a value, never crash or hang.
  static func decodeAllMutations<T: CaseAreaRecordCodable>(
    _ changes: [(type: String, data: [UInt8])], record: T, seedBase: UInt64, recordSeed: UInt64
  ) {
    for (index, sample) in changes.enumerated() {
      decodeMutations(sample.data, count: 40, seed: UInt64(index) + seedBase) {
        (bytes) throws(CodecError) in
        _ = try ChangeCodec.decode(type: sample.type, data: bytes)
      }
    }
    decodeMutations(encode(record), count: 400, seed: recordSeed) { (bytes) throws(CodecError) in
      _ = try decode(T.self, bytes)
    }
  }

  /// The JSON bytes of one record.
  static func encode<T: CaseAreaRecordCodable>(_ value: T) -> [UInt8] { CodecCheck.bytes(value) }

  /// Reads one record from `bytes[..<end]`, which must hold nothing else.
  static func decode<T: CaseAreaRecordCodable>(
    _ type: T.Type, _ bytes: [UInt8], to end: Int? = nil
  ) throws(CodecError) -> T {
    try CodecCheck.read(type, bytes, to: end)
  }

  /// Decodes every strict prefix of `bytes` with `decode`; each must throw or give a value.
  ///
  /// Returns how many prefixes decoded without an error (for a JSON object: none).
  static func decodePrefixes(_ bytes: [UInt8], _ decode: ([UInt8], Int) throws(CodecError) -> Void)
    -> Int
  {
    var decoded = 0
    for end in 0..<bytes.count {
      do {
        try decode(bytes, end)
        decoded += 1
      } catch {}
    }
    return decoded
  }

  /// Decodes `count` seeded random mutations of `bytes`; each must throw or give a value.
  static func decodeMutations(
    _ bytes: [UInt8], count: Int, seed: UInt64, _ decode: ([UInt8]) throws(CodecError) -> Void
  ) {
    var random = SplitMix64(seed: seed)
    for _ in 0..<count {
      let mutated = CodecCheck.mutate(bytes, using: &random)
      do { try decode(mutated) } catch {}
    }
  }
}

extension EnforcementCase: CaseAreaRecordCodable {}
extension CaseNumber: CaseAreaRecordCodable {}
extension CaseOpening: CaseAreaRecordCodable {}
extension CaseSource: CaseAreaRecordCodable {}
extension FilingConditions: CaseAreaRecordCodable {}
extension EvidenceRecord: CaseAreaRecordCodable {}
extension EvidencePreservation: CaseAreaRecordCodable {}
extension NoCoercionRecord: CaseAreaRecordCodable {}
extension InvestigationReport: CaseAreaRecordCodable {}
extension CaseReviewRecord: CaseAreaRecordCodable {}
extension ReviewOutcome: CaseAreaRecordCodable {}
extension CaseFlags: CaseAreaRecordCodable {}
extension PriorNotice: CaseAreaRecordCodable {}
extension PriorNoticeRecord: CaseAreaRecordCodable {}
extension PartyStatement: CaseAreaRecordCodable {}
extension HearingRecord: CaseAreaRecordCodable {}
extension LegalReviewChecklist: CaseAreaRecordCodable {}
extension LegalReviewRecord: CaseAreaRecordCodable {}
extension CollectiveDiscussion: CaseAreaRecordCodable {}
extension CaseExtension: CaseAreaRecordCodable {}
extension ClockPause: CaseAreaRecordCodable {}
extension CaseDecision: CaseAreaRecordCodable {}
extension DecisionRecord: CaseAreaRecordCodable {}
extension PenaltyTerms: CaseAreaRecordCodable {}
extension NoPenaltyFindings: CaseAreaRecordCodable {}
extension ServiceRecord: CaseAreaRecordCodable {}
extension Payment: CaseAreaRecordCodable {}
extension Instalment: CaseAreaRecordCodable {}
extension EnforcementRecord: CaseAreaRecordCodable {}
extension EnforcementAction: CaseAreaRecordCodable {}
extension RecheckRecord: CaseAreaRecordCodable {}
extension SupervisorParticipation: CaseAreaRecordCodable {}
extension Referral: CaseAreaRecordCodable {}
extension ReferralDraft: CaseAreaRecordCodable {}
extension ReferralGround: CaseAreaRecordCodable {}
extension CrimeGround: CaseAreaRecordCodable {}
extension DetentionGround: CaseAreaRecordCodable {}
extension MeasuredFact: CaseAreaRecordCodable {}
extension ReferralHandOver: CaseAreaRecordCodable {}
extension PoliceReceipt: CaseAreaRecordCodable {}
extension MaterialRequest: CaseAreaRecordCodable {}
extension PoliceDecision: CaseAreaRecordCodable {}
extension PoliceDecisionRecord: CaseAreaRecordCodable {}
extension Reconsideration: CaseAreaRecordCodable {}
extension ReconsiderationAnswer: CaseAreaRecordCodable {}
