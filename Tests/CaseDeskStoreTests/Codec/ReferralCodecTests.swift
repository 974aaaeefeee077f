import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// Round trips, type names, record codecs and damaged input for the referral area's JSON codecs.
@Suite struct ReferralCodecTests {
  typealias Samples = ReferralCodecSamples

  /// The sample changes with their journal encodings.
  static func encoded() -> [(change: ReferralChange, type: String, data: [UInt8])] {
    Samples.changes.map { change in
      let (type, data) = ChangeCodec.encode(.referral(change))
      return (change, type, data)
    }
  }

  @Test func everyChangeRoundTrips() throws {
    for (change, type, data) in Self.encoded() {
      let decoded = try ChangeCodec.decode(type: type, data: data)
      #expect(decoded == .referral(change), "\(type) \(String(decoding: data, as: UTF8.self))")
    }
  }

  @Test func encodingIsDeterministic() {
    for (change, type, data) in Self.encoded() {
      let again = ChangeCodec.encode(.referral(change))
      #expect(again.type == type)
      #expect(again.data == data)
    }
    #expect(
      CaseAreaCodecSupport.encode(Samples.fullReferral)
        == CaseAreaCodecSupport.encode(Samples.fullReferral))
  }

  @Test func typeNamesAreTheCaseNamesAndCoverEveryCase() {
    var typeByCase: [String: Set<String>] = [:]
    for (change, type, _) in Self.encoded() {
      let caseName = Mirror(reflecting: change).children.first?.label ?? "\(change)"
      typeByCase[caseName, default: []].insert(type)
    }
    for (caseName, types) in typeByCase {
      #expect(types == ["referral." + caseName], "\(caseName) → \(types)")
    }
    #expect(Set(typeByCase.keys) == Samples.typeNames)
    #expect(Samples.typeNames.count == 15)
  }

  @Test func exactEncodingOfSomeChanges() {
    let handed = ChangeCodec.encode(
      .referral(
        .handedOver(Samples.referralID, policeUnit: "支队", at: Samples.at, procuratorateCopy: "")))
    #expect(handed.type == "referral.handedOver")
    #expect(
      String(decoding: handed.data, as: UTF8.self)
        == #"{"referral":"REF-2025-0002","policeUnit":"支队","at":1746000000,"procuratorateCopy":""}"#
    )
    let fact = CaseAreaCodecSupport.encode(
      MeasuredFact.discharge(.lead, measured: 0.5, standard: 0.1))
    #expect(
      String(decoding: fact, as: UTF8.self)
        == #"{"kind":"discharge","metal":"lead","measured":0.5,"standard":0.1}"#)
  }

  @Test func documentsAreWrittenInTheirNaturalOrder() {
    let json = String(decoding: CaseAreaCodecSupport.encode(Samples.fullReferral), as: UTF8.self)
    #expect(
      json.contains(
        #""documents":{"referralLetter":"移〔2025〕2号","investigationReport":"调〔2025〕1号","#
          + #""photosAndVideo":"","evidence":"证据清单"}"#))
  }

  @Test func unknownDocumentsAndKindsThrow() {
    let bad = [
      #"{"id":"R","case":"C","enterprise":"E","ground":{"kind":"detention","detention":{"kind":"bannedPesticides"}},"stage":"drafted","drafted":{"by":"@system","at":0},"documents":{"fax":"1"}}"#,
      #"{"id":"R","case":"C","enterprise":"E","ground":{"kind":"theft"},"stage":"drafted","drafted":{"by":"@system","at":0}}"#,
      #"{"id":"R","case":"C","enterprise":"E","ground":{"kind":"detention","detention":{"kind":"x"}},"stage":"drafted","drafted":{"by":"@system","at":0}}"#,
      #"{"id":"R","case":"C","enterprise":"E","ground":{"kind":"detention","detention":{"kind":"bannedPesticides"}},"drafted":{"by":"@system","at":0}}"#,
    ]
    for text in bad {
      #expect(throws: CodecError.self) {
        try CaseAreaCodecSupport.decode(Referral.self, Array(text.utf8))
      }
    }
    let good = bad[0].replacing(#""fax""#, with: #""evidence""#)
    #expect(
      (try? CaseAreaCodecSupport.decode(Referral.self, Array(good.utf8)))?.documents == [
        .evidence: "1"
      ])
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "referral.noSuchChange", data: Array(#"{"referral":"R"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "referral.referralClosed", data: Array(#"{"referral":"R"}"#.utf8))
    }
  }

  @Test func fullAndEmptyReferralsRoundTrip() throws {
    for record in [Samples.fullReferral, Samples.emptyReferral] {
      let bytes = CaseAreaCodecSupport.encode(record)
      #expect(try CaseAreaCodecSupport.decode(Referral.self, bytes) == record)
    }
  }

  @Test func everyNestedRecordRoundTrips() throws {
    let full = Samples.fullReferral
    try check(Samples.draft)
    for ground in Samples.grounds {
      try check(ground)
      switch ground {
      case .crime(let crime):
        try check(crime)
        for fact in crime.facts { try check(fact) }
      case .detention(let detention): try check(detention)
      }
    }
    try check(full.handOver)
    try check(full.receipt)
    for item in full.materialRequests { try check(item) }
    try check(full.policeDecision)
    for decision in Samples.policeDecisions {
      try check(decision)
      try check(ReconsiderationAnswer.reversed(decision))
      try check(
        PoliceDecisionRecord(decision: decision, decidedOn: Day(ordinal: 0), stamp: Samples.stamp())
      )
    }
    try check(ReconsiderationAnswer.upheld(reasons: ""))
    try check(full.reconsideration)
    try check(Reconsideration(grounds: "", requested: Samples.stamp()))
    try check(MeasuredFact.discharge(.mercury, measured: 0.1 + 0.2, standard: 1e-300))
    try check(MeasuredFact.hazardousWaste(kilograms: -1))
  }

  @Test func truncatedDataNeverDecodes() {
    CaseAreaCodecSupport.expectTruncationsFail(
      Self.encoded().map { ($0.type, $0.data) }, record: Samples.fullReferral)
  }

  @Test func randomMutationsThrowOrDecode() {
    CaseAreaCodecSupport.decodeAllMutations(
      Self.encoded().map { ($0.type, $0.data) }, record: Samples.fullReferral, seedBase: 1000,
      recordSeed: 7)
  }

  private func check<T: CaseAreaRecordCodable>(_ value: T?) throws {
    try CaseAreaCodecSupport.check(value)
  }
}
