import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The journal and snapshot encoding of the enterprise register and its changes.
@Suite struct EnterpriseCodecTests {
  let changes = RegisterSamples.enterpriseChanges.map(Change.enterprise)

  @Test func everyChangeRoundTrips() throws {
    for change in changes { try RegisterCodecCheck.roundTrip(change) }
    let bare = Change.enterprise(.registered(RegisterSamples.enterpriseBare))
    try RegisterCodecCheck.roundTrip(bare)
    let unassignedFirst = Change.enterprise(
      .commissionerAssigned("E1", "S1", on: RegisterSamples.day("2025-01-01"), previous: nil))
    try RegisterCodecCheck.roundTrip(unassignedFirst)
  }

  @Test func everyCaseHasItsOwnTypeName() {
    let expected: Set<String> = [
      "enterprise.registered", "enterprise.edited", "enterprise.commissionerAssigned",
      "enterprise.commissionerUnassigned", "enterprise.qrCodeDelivered", "enterprise.tagAdded",
      "enterprise.tagRemoved",
    ]
    #expect(RegisterCodecCheck.typeNames(changes) == expected)
    #expect(changes.count == expected.count)
  }

  @Test func recordsRoundTripFilledAndEmpty() throws {
    try RegisterCodecCheck.roundTrip(RegisterSamples.enterprise)
    try RegisterCodecCheck.roundTrip(RegisterSamples.enterpriseBare)
    try RegisterCodecCheck.roundTrip(RegisterSamples.enterprise.permit)
    try RegisterCodecCheck.roundTrip(Enterprise.PermitFacts())
    for assignment in RegisterSamples.enterprise.commissionerHistory {
      try RegisterCodecCheck.roundTrip(assignment)
    }
    try RegisterCodecCheck.roundTrip(RegisterSamples.enterpriseDraft)
    try RegisterCodecCheck.roundTrip(RegisterSamples.enterpriseDraftBare)
  }

  @Test func everyFieldKindRoundTrips() throws {
    for field in RegisterSamples.everyField { try RegisterCodecCheck.roundTrip(field) }
    let kinds = Set(RegisterSamples.everyField.map(\.key))
    #expect(kinds.count == 18)
    let edit = Change.enterprise(
      .edited(
        RegisterSamples.enterpriseID, RegisterSamples.everyField,
        previous: RegisterSamples.everyField.map { RegisterSamples.enterprise.current($0) }))
    try RegisterCodecCheck.roundTrip(edit)
  }

  @Test func fieldsNeedTheirValueUnlessOptional() throws {
    #expect(
      try RegisterCodecCheck.read(Enterprise.Field.self, Array(#"{"kind":"monitoring"}"#.utf8))
        == .monitoring(nil))
    let null = Array(#"{"kind":"facilityCategory","value":null}"#.utf8)
    #expect(try RegisterCodecCheck.read(Enterprise.Field.self, null) == .facilityCategory(nil))
    let bad = [
      #"{"kind":"name","value":null}"#,
      #"{"kind":"name"}"#, #"{"value":"x","kind":"name"}"#, #"{"kind":"colour","value":"red"}"#,
      #"{"kind":"colour"}"#, #"{"kind":"tier","value":"huge"}"#, #"{"kind":"notes","value":1}"#,
      #"{}"#,
    ]
    for json in bad {
      #expect(throws: CodecError.self) {
        try RegisterCodecCheck.read(Enterprise.Field.self, Array(json.utf8))
      }
    }
  }

  @Test func writesReadableJSON() {
    let tag = ChangeCodec.encode(.enterprise(.tagAdded("91440300MA5F4XQK2R", "电镀")))
    #expect(tag.type == "enterprise.tagAdded")
    #expect(
      String(decoding: tag.data, as: UTF8.self)
        == #"{"enterprise":"91440300MA5F4XQK2R","tag":"电镀"}"#)
    let edit = ChangeCodec.encode(
      .enterprise(.edited("E1", [.tier(.key), .monitoring(nil)], previous: [.tier(.general)])))
    #expect(
      String(decoding: edit.data, as: UTF8.self)
        == #"{"enterprise":"E1","fields":[{"kind":"tier","value":"key"},{"kind":"monitoring"}],"#
        + #""previous":[{"kind":"tier","value":"general"}]}"#)
    let bare = String(
      decoding: RegisterCodecCheck.bytes(RegisterSamples.enterpriseBare), as: UTF8.self)
    #expect(bare.contains(#""permit":{"emergencies":[]}"#))
    #expect(bare.contains(#""registered":{"by":"@system","at":0}"#))
    #expect(!bare.contains("monitoring"))
  }

  @Test func olderRecordsWithoutOptionalFieldsLoad() throws {
    let json = #"{"uscc":"91440300MA5F4XQK2R","name":"华南电镀","district":"宝安区"}"#
    let enterprise = try RegisterCodecCheck.read(Enterprise.self, Array(json.utf8))
    #expect(
      enterprise
        == Enterprise(uscc: "91440300MA5F4XQK2R", name: "华南电镀", district: "宝安区"))
  }

  @Test func trickyTextRoundTrips() throws {
    var enterprise = RegisterSamples.enterprise
    enterprise.notes = RegisterSamples.trickyText
    enterprise.name = RegisterSamples.trickyText
    enterprise.tags = [RegisterSamples.trickyText, "\\", "\""]
    try RegisterCodecCheck.roundTrip(Change.enterprise(.registered(enterprise)))
    try RegisterCodecCheck.roundTrip(Change.enterprise(.tagAdded("E1", RegisterSamples.trickyText)))
  }

  @Test func unknownFieldsAreSkipped() throws {
    for change in changes {
      let (type, data) = ChangeCodec.encode(change)
      let padded = RegisterCodecCheck.withUnknownFields(data)
      #expect(padded.count > data.count)
      #expect(try ChangeCodec.decode(type: type, data: padded) == change)
    }
  }

  @Test func missingRequiredFieldsThrow() {
    let cases: [(String, String)] = [
      ("enterprise.registered", #"{}"#),
      ("enterprise.registered", #"{"enterprise":{"uscc":"E1","name":"x"}}"#),
      ("enterprise.edited", #"{"enterprise":"E1","fields":[]}"#),
      ("enterprise.commissionerAssigned", #"{"enterprise":"E1","on":"2025-01-01"}"#),
      ("enterprise.commissionerUnassigned", #"{"enterprise":"E1","commissioner":"S1"}"#),
      ("enterprise.qrCodeDelivered", #"{"on":"2025-01-01"}"#),
      ("enterprise.tagAdded", #"{"enterprise":"E1"}"#),
      ("enterprise.tagRemoved", #"{"tag":"x"}"#),
      ("enterprise.qrCodeDelivered", #"{"enterprise":"E1","on":"2025-02-30"}"#),
      ("enterprise.renamed", #"{"enterprise":"E1"}"#),
    ]
    for (type, json) in cases {
      #expect(throws: CodecError.self) {
        try ChangeCodec.decode(type: type, data: Array(json.utf8))
      }
    }
  }

  @Test func truncatedDataThrows() {
    for change in changes { RegisterCodecCheck.truncations(change) }
    RegisterCodecCheck.truncations(RegisterSamples.enterpriseDraft)
  }

  @Test func mutatedDataNeverTraps() {
    for (index, change) in changes.enumerated() {
      RegisterCodecCheck.mutations(change, count: 300, seed: UInt64(100 + index))
    }
    RegisterCodecCheck.mutations(RegisterSamples.enterpriseDraft, count: 300, seed: 191)
    for (index, field) in RegisterSamples.everyField.enumerated() {
      RegisterCodecCheck.mutations(field, count: 50, seed: UInt64(200 + index))
    }
  }
}
