import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// Round trips, type names, record codecs and damaged input for the case area's JSON codecs.
@Suite struct CaseCodecTests {
  typealias Samples = CaseCodecSamples

  /// The sample changes with their journal encodings.
  static func encoded() -> [(change: CaseChange, type: String, data: [UInt8])] {
    Samples.changes.map { change in
      let (type, data) = ChangeCodec.encode(.enforcementCase(change))
      return (change, type, data)
    }
  }

  @Test func everyChangeRoundTrips() throws {
    for (change, type, data) in Self.encoded() {
      let decoded = try ChangeCodec.decode(type: type, data: data)
      #expect(
        decoded == .enforcementCase(change), "\(type) \(String(decoding: data, as: UTF8.self))")
    }
  }

  @Test func encodingIsDeterministic() {
    for (change, type, data) in Self.encoded() {
      let again = ChangeCodec.encode(.enforcementCase(change))
      #expect(again.type == type)
      #expect(again.data == data)
    }
    #expect(
      CaseAreaCodecSupport.encode(Samples.fullCase) == CaseAreaCodecSupport.encode(Samples.fullCase)
    )
  }

  @Test func typeNamesAreTheCaseNamesAndCoverEveryCase() {
    var typeByCase: [String: Set<String>] = [:]
    for (change, type, _) in Self.encoded() {
      let caseName = Mirror(reflecting: change).children.first?.label ?? "\(change)"
      typeByCase[caseName, default: []].insert(type)
    }
    for (caseName, types) in typeByCase {
      #expect(types == ["case." + caseName], "\(caseName) → \(types)")
    }
    #expect(Set(typeByCase.keys) == Samples.typeNames)
    #expect(Samples.typeNames.count == 31)
  }

  @Test func exactEncodingOfSomeChanges() {
    let closed = ChangeCodec.encode(.enforcementCase(.caseClosed(Samples.caseID)))
    #expect(closed.type == "case.caseClosed")
    #expect(String(decoding: closed.data, as: UTF8.self) == #"{"case":"CASE-2025-0007"}"#)
    let paused = ChangeCodec.encode(
      .enforcementCase(
        .clockPaused(Samples.caseID, .testing, reason: "检测", on: Samples.day("2025-05-10"))))
    #expect(
      String(decoding: paused.data, as: UTF8.self)
        == #"{"case":"CASE-2025-0007","kind":"testing","reason":"检测","on":"2025-05-10"}"#)
    if let number = Samples.number {
      let filed = ChangeCodec.encode(
        .enforcementCase(.caseFiled(Samples.caseID, number, Samples.conditions)))
      #expect(String(decoding: filed.data, as: UTF8.self).contains(#""number":"鞍环罚〔2025〕12号""#))
    }
    let paid = ChangeCodec.encode(
      .enforcementCase(
        .paymentRecorded(
          Samples.caseID, amountFen: 12_345, paidOn: Samples.day("2025-05-30"), receipt: "R")))
    #expect(String(decoding: paid.data, as: UTF8.self).contains(#""amountFen":12345"#))
  }

  @Test func awkwardTextRoundTripsAndChineseStaysReadable() throws {
    let change = CaseChange.statementRecorded(
      Samples.caseID, text: Samples.awkward, waivesHearing: false)
    let (type, data) = ChangeCodec.encode(.enforcementCase(change))
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("企业称\\\"已整改\\\""))
    #expect(json.contains("C:\\\\排污口\\n第二行\\t😀"))
    #expect(try ChangeCodec.decode(type: type, data: data) == .enforcementCase(change))
  }

  @Test func unknownKeysAreSkipped() throws {
    let change = CaseChange.decisionMade(
      Samples.caseID, .lighterPenalty(Samples.terms, listItem: "LP-1"), documentNumber: "罚1",
      decidedOn: Samples.day("2025-05-08"), referral: "REF-1")
    let (type, data) = ChangeCodec.encode(.enforcementCase(change))
    var json = String(decoding: data, as: UTF8.self)
    json = json.replacing(#"{"kind""#, with: #"{"future":[1,{"a":null}],"kind""#)
    json = "{\"added\":{\"x\":\"y\"}," + json.dropFirst()
    #expect(try ChangeCodec.decode(type: type, data: Array(json.utf8)) == .enforcementCase(change))
  }

  @Test func missingRequiredFieldsAndUnknownTypesThrow() {
    let data = Array(#"{"case":"C1","reason":"x"}"#.utf8)
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "case.extensionGranted", data: data)
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "case.noSuchChange", data: data)
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "case.caseClosed", data: Array(#"{"reason":"x"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "case.caseReviewed", data: Array(#"{"case":"C1","outcome":{"kind":"maybe"}}"#.utf8))
    }
    #expect(
      (try? ChangeCodec.decode(type: "case.filingWithdrawn", data: data))
        == .enforcementCase(.filingWithdrawn("C1", reason: "x")))
  }

  @Test func caseNumbersRoundTripBeyondSixDigits() throws {
    for (prefix, sequence) in [("环罚", 1), ("鞍环罚字", 999_999), ("X", 12_345_678)] {
      let number = try #require(CaseNumber(prefix: prefix, year: 2025, sequence: sequence))
      let bytes = CaseAreaCodecSupport.encode(number)
      #expect(try CaseAreaCodecSupport.decode(CaseNumber.self, bytes) == number)
    }
    for bad in [#""环罚2025号""#, #""〔2025〕1号""#, #""环罚〔25〕1号""#, #""环罚〔2025〕号""#, "12"] {
      #expect(throws: CodecError.self) {
        try CaseAreaCodecSupport.decode(CaseNumber.self, Array(bad.utf8))
      }
    }
  }

  @Test func fullAndEmptyCasesRoundTrip() throws {
    for record in [Samples.fullCase, Samples.emptyCase] {
      let bytes = CaseAreaCodecSupport.encode(record)
      #expect(try CaseAreaCodecSupport.decode(EnforcementCase.self, bytes) == record)
    }
    let empty = String(decoding: CaseAreaCodecSupport.encode(Samples.emptyCase), as: UTF8.self)
    #expect(!empty.contains("[]"))
    #expect(Samples.number != nil)
  }

  @Test func everyNestedRecordRoundTrips() throws {
    let full = Samples.fullCase
    try check(Samples.opening)
    try check(Samples.with(Samples.opening) { $0.source = .inspection("I-1") })
    try check(Samples.with(Samples.opening) { $0.source = .other("") })
    try check(Samples.conditions)
    for item in full.evidence { try check(item) }
    for item in full.preservations { try check(item) }
    for item in full.noCoercion { try check(item) }
    try check(Samples.report)
    for item in full.reviews { try check(item) }
    try check(full.flags)
    try check(CaseFlags())
    try check(Samples.notice)
    try check(full.priorNotice)
    for item in full.statements { try check(item) }
    try check(full.hearing)
    try check(HearingRecord(requestedOn: Samples.day("2025-01-01"), requested: Samples.systemStamp))
    try check(Samples.checklist)
    for item in full.legalReviews { try check(item) }
    for item in full.discussions { try check(item) }
    for item in full.extensions { try check(item) }
    for item in full.pauses { try check(item) }
    for item in Samples.decisions { try check(item) }
    try check(full.decision)
    for item in full.supersededDecisions { try check(item) }
    try check(Samples.terms)
    try check(PenaltyTerms(fineFen: 0, legalBasis: "", discretion: ""))
    try check(Samples.findings)
    try check(Samples.findingsOpen)
    try check(full.service)
    for item in full.payments { try check(item) }
    for item in full.instalments { try check(item) }
    for item in full.enforcement {
      try check(item)
      try check(item.action)
    }
    for item in full.rechecks { try check(item) }
    for item in full.supervisors { try check(item) }
  }

  @Test func truncatedDataNeverDecodes() {
    CaseAreaCodecSupport.expectTruncationsFail(
      Self.encoded().map { ($0.type, $0.data) }, record: Samples.fullCase)
  }

  @Test func randomMutationsThrowOrDecode() {
    CaseAreaCodecSupport.decodeAllMutations(
      Self.encoded().map { ($0.type, $0.data) }, record: Samples.fullCase, seedBase: 1,
      recordSeed: 99)
  }

  private func check<T: CaseAreaRecordCodable>(_ value: T?) throws {
    try CaseAreaCodecSupport.check(value)
  }
}
