import CaseDeskDomain

@testable import CaseDeskStore

/// A record type with the store's JSON record codec (`write(to:)` and `read(from:)`).
protocol CaseAreaRecordCodable: Equatable {
  func write(to writer: inout JSONWriter)
  static func read(from reader: inout JSONReader) throws(CodecError) -> Self
}

/// Helpers shared by the case and referral codec tests: record round trips and damaged input.
enum CaseAreaCodecSupport {
  /// The JSON bytes of one record.
  static func encode<T: CaseAreaRecordCodable>(_ value: T) -> [UInt8] {
    var writer = JSONWriter()
    value.write(to: &writer)
    return writer.bytes
  }

  /// Reads one record from `bytes[..<end]`, which must hold nothing else.
  static func decode<T: CaseAreaRecordCodable>(
    _ type: T.Type, _ bytes: [UInt8], to end: Int? = nil
  ) throws(CodecError) -> T {
    var reader = JSONReader(bytes, to: end)
    let value = try T.read(from: &reader)
    try reader.expectEnd()
    return value
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
    let interesting = Array("{}[]\",:\\0123456789-.etfnu \u{7F}".utf8) + [0x00, 0x0A, 0xE4, 0xFF]
    for _ in 0..<count {
      var mutated = bytes
      for _ in 0...(random.next() % 3) where !mutated.isEmpty {
        let index = Int(random.next() % UInt64(mutated.count))
        let byte =
          random.next() % 2 == 0
          ? interesting[Int(random.next() % UInt64(interesting.count))]
          : UInt8(truncatingIfNeeded: random.next())
        switch random.next() % 4 {
        case 0: mutated[index] = byte
        case 1: mutated.insert(byte, at: index)
        case 2: mutated.remove(at: index)
        default:
          let end = min(mutated.count, index + Int(random.next() % 12) + 1)
          mutated.insert(contentsOf: Array(mutated[index..<end]), at: index)
        }
      }
      do { try decode(mutated) } catch {}
    }
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
