import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The journal and snapshot encoding of positive-list entries and their changes.
@Suite struct PositiveListCodecTests {
  let changes = RegisterSamples.positiveListChanges.map(Change.positiveList)

  @Test func everyChangeRoundTrips() throws {
    for change in changes { try RegisterCodecCheck.roundTrip(change) }
  }

  @Test func everyCaseHasItsOwnTypeName() {
    let expected: Set<String> = [
      "positive.admissionProposed", "positive.admitted", "positive.admissionApproved",
      "positive.admissionRejected", "positive.suspended", "positive.restored", "positive.removed",
      "positive.reviewed",
    ]
    #expect(RegisterCodecCheck.typeNames(changes) == expected)
  }

  @Test func recordsRoundTripFilledAndEmpty() throws {
    try RegisterCodecCheck.roundTrip(RegisterSamples.entry)
    try RegisterCodecCheck.roundTrip(RegisterSamples.entryBare)
    if let pending = RegisterSamples.entry.pendingAdmission {
      try RegisterCodecCheck.roundTrip(pending)
    }
    for step in RegisterSamples.entry.history { try RegisterCodecCheck.roundTrip(step) }
    try RegisterCodecCheck.roundTrip(RegisterSamples.assessment)
    try RegisterCodecCheck.roundTrip(RegisterSamples.assessmentBare)
    for check in RegisterSamples.assessment.checks { try RegisterCodecCheck.roundTrip(check) }
    try RegisterCodecCheck.roundTrip(RegisterSamples.violation)
    try RegisterCodecCheck.roundTrip(RegisterSamples.expiry)
    try RegisterCodecCheck.roundTrip(RegisterSamples.facts)
    try RegisterCodecCheck.roundTrip(PositiveListEntry.EnforcementFacts())
    try RegisterCodecCheck.roundTrip(
      PositiveListEntry.PriorRecord(day: .init(ordinal: 0), reference: ""))
  }

  @Test func unsearchedFactsDifferFromNothingFound() throws {
    let unsearched = PositiveListEntry.EnforcementFacts()
    let nothingFound = PositiveListEntry.EnforcementFacts(penalties: [], crimeRecords: [])
    #expect(String(decoding: RegisterCodecCheck.bytes(unsearched), as: UTF8.self) == "{}")
    #expect(
      String(decoding: RegisterCodecCheck.bytes(nothingFound), as: UTF8.self)
        == #"{"penalties":[],"crimeRecords":[]}"#)
    try RegisterCodecCheck.roundTrip(nothingFound)
  }

  @Test func assessmentsOfRealEnterprisesRoundTrip() throws {
    let day = RegisterSamples.day("2025-03-14")
    for enterprise in [RegisterSamples.enterprise, RegisterSamples.enterpriseBare] {
      for facts in [PositiveListEntry.EnforcementFacts(), RegisterSamples.facts] {
        let assessment = PositiveListEntry.assess(enterprise, facts: facts, on: day)
        try RegisterCodecCheck.roundTrip(assessment)
      }
    }
  }

  @Test func writesReadableJSON() {
    let rejected = ChangeCodec.encode(
      .positiveList(.admissionRejected("E1", on: RegisterSamples.day("2025-03-20"), reason: "处罚")))
    #expect(rejected.type == "positive.admissionRejected")
    #expect(
      String(decoding: rejected.data, as: UTF8.self)
        == #"{"enterprise":"E1","on":"2025-03-20","reason":"处罚"}"#)
    let suspended = ChangeCodec.encode(
      .positiveList(.suspended("E1", RegisterSamples.expiry, on: RegisterSamples.day("2025-05-05")))
    )
    #expect(
      String(decoding: suspended.data, as: UTF8.self)
        == #"{"enterprise":"E1","reason":{"kind":"expiry","text":""},"on":"2025-05-05"}"#)
  }

  @Test func trickyTextRoundTrips() throws {
    let reason = PositiveListEntry.Reason(
      kind: .violation, caseNumber: RegisterSamples.trickyText, text: RegisterSamples.trickyText)
    try RegisterCodecCheck.roundTrip(
      Change.positiveList(.removed("E1", reason, on: RegisterSamples.day("2025-01-01"))))
    var assessment = RegisterSamples.assessment
    assessment.checks[0].evidence = LocalizedText(
      zh: RegisterSamples.trickyText, en: RegisterSamples.trickyText)
    try RegisterCodecCheck.roundTrip(
      Change.positiveList(
        .admissionApproved("E1", assessment, on: assessment.checkedOn, note: "\\\"\n")))
  }

  @Test func unknownFieldsAreSkipped() throws {
    for change in changes {
      let (type, data) = ChangeCodec.encode(change)
      let padded = RegisterCodecCheck.withUnknownFields(data)
      #expect(padded.count > data.count)
      #expect(try ChangeCodec.decode(type: type, data: padded) == change)
    }
    let entry = RegisterCodecCheck.withUnknownFields(
      RegisterCodecCheck.bytes(RegisterSamples.entry))
    #expect(try RegisterCodecCheck.read(PositiveListEntry.self, entry) == RegisterSamples.entry)
  }

  @Test func missingRequiredFieldsThrow() {
    let cases: [(String, String)] = [
      ("positive.admissionProposed", #"{"enterprise":"E1","on":"2025-01-01","note":""}"#),
      (
        "positive.admitted",
        #"{"enterprise":"E1","assessment":{"checkedOn":"2025-01-01","checks":[]},"#
          + #""on":"2025-01-01","note":""}"#
      ),
      (
        "positive.admissionApproved",
        #"{"enterprise":"E1","assessment":{"checks":[]},"on":"2025-01-01","note":""}"#
      ),
      ("positive.admissionRejected", #"{"enterprise":"E1","on":"2025-01-01"}"#),
      ("positive.admissionRejected", #"{"enterprise":"E1","on":"2025-01-01","reason":{}}"#),
      ("positive.suspended", #"{"enterprise":"E1","on":"2025-01-01","reason":"x"}"#),
      ("positive.suspended", #"{"enterprise":"E1","on":"2025-01-01","reason":{"text":"x"}}"#),
      ("positive.restored", #"{"enterprise":"E1","on":"2025-01-01"}"#),
      ("positive.removed", #"{"on":"2025-01-01","reason":{"kind":"request"}}"#),
      ("positive.reviewed", #"{"enterprise":"E1","on":"2025-01-01","note":""}"#),
      ("positive.delisted", #"{"enterprise":"E1","on":"2025-01-01"}"#),
    ]
    for (type, json) in cases {
      #expect(throws: CodecError.self) {
        try ChangeCodec.decode(type: type, data: Array(json.utf8))
      }
    }
  }

  @Test func truncatedDataThrows() {
    for change in changes { RegisterCodecCheck.truncations(change) }
    RegisterCodecCheck.truncations(RegisterSamples.entry)
  }

  @Test func mutatedDataNeverTraps() {
    for (index, change) in changes.enumerated() {
      RegisterCodecCheck.mutations(change, count: 300, seed: UInt64(300 + index))
    }
    RegisterCodecCheck.mutations(RegisterSamples.entry, count: 300, seed: 391)
  }
}
