import CaseDeskDomain

@testable import CaseDeskStore

/// The case and referral tests' name for the shared record protocol.
typealias CaseAreaRecordCodable = StoreRecordCodable

/// Helpers shared by the case and referral codec tests: record round trips and damaged input.
enum CaseAreaCodecSupport {
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
