import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The journal and snapshot encoding of staff members, supervisors and their changes.
@Suite struct StaffCodecTests {
  let changes = RegisterSamples.staffChanges.map(Change.staff)

  @Test func everyChangeRoundTrips() throws {
    for change in changes { try RegisterCodecCheck.roundTrip(change) }
  }

  @Test func everyCaseHasItsOwnTypeName() {
    let expected: Set<String> = [
      "staff.memberAdded", "staff.memberEdited", "staff.memberDeactivated",
      "staff.memberReactivated", "staff.supervisorAppointed", "staff.supervisorEdited",
      "staff.supervisorDeactivated", "staff.supervisorReactivated",
    ]
    #expect(RegisterCodecCheck.typeNames(changes) == expected)
    #expect(changes.count == expected.count)
  }

  @Test func recordsRoundTripFilledAndEmpty() throws {
    try RegisterCodecCheck.roundTrip(RegisterSamples.member)
    try RegisterCodecCheck.roundTrip(RegisterSamples.memberBare)
    try RegisterCodecCheck.roundTrip(RegisterSamples.supervisor)
    try RegisterCodecCheck.roundTrip(RegisterSamples.supervisorBare)
    try RegisterCodecCheck.roundTrip(RegisterSamples.memberDraft)
    try RegisterCodecCheck.roundTrip(RegisterSamples.memberDraftBare)
    try RegisterCodecCheck.roundTrip(RegisterSamples.supervisorDraft)
  }

  @Test func writesReadableJSON() {
    let deactivated = ChangeCodec.encode(.staff(.memberDeactivated("S0012")))
    #expect(deactivated.type == "staff.memberDeactivated")
    #expect(String(decoding: deactivated.data, as: UTF8.self) == #"{"member":"S0012"}"#)
    let member = StaffMember(id: "S1", name: "王芳", roles: [.clerk], certificateNumber: "C1")
    #expect(
      String(decoding: RegisterCodecCheck.bytes(member), as: UTF8.self)
        == #"{"id":"S1","name":"王芳","roles":["clerk"],"certificateNumber":"C1","active":true}"#)
    let supervisor = String(
      decoding: RegisterCodecCheck.bytes(RegisterSamples.supervisor), as: UTF8.self)
    #expect(supervisor.contains(#""appointed":{"by":"S0007","at":"#))
  }

  @Test func trickyTextRoundTrips() throws {
    var member = RegisterSamples.member
    member.name = RegisterSamples.trickyText
    member.certificateNumber = RegisterSamples.trickyText
    try RegisterCodecCheck.roundTrip(Change.staff(.memberAdded(member)))
    var supervisor = RegisterSamples.supervisor
    supervisor.organisation = RegisterSamples.trickyText
    try RegisterCodecCheck.roundTrip(supervisor)
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
      ("staff.memberAdded", #"{}"#),
      ("staff.memberAdded", #"{"member":{"id":"S1","name":"x"}}"#),
      ("staff.memberEdited", #"{"member":{"id":"S1","name":"x","roles":[]}}"#),
      ("staff.memberDeactivated", #"{"supervisor":"S1"}"#),
      ("staff.supervisorAppointed", #"{"supervisor":{"id":"V","name":"x","organisation":"o"}}"#),
      ("staff.supervisorReactivated", #"{"member":"V"}"#),
    ]
    for (type, json) in cases {
      #expect(throws: CodecError.self) {
        try ChangeCodec.decode(type: type, data: Array(json.utf8))
      }
    }
  }

  @Test func unknownTypesAndBadValuesThrow() {
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "staff.memberPromoted", data: Array(#"{"member":"S1"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      let json = #"{"member":{"id":"S1","name":"x","roles":["janitor"]}}"#
      _ = try ChangeCodec.decode(type: "staff.memberAdded", data: Array(json.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "staff.memberDeactivated", data: Array(#"{"member":7}"#.utf8))
    }
  }

  @Test func truncatedDataThrows() {
    for change in changes { RegisterCodecCheck.truncations(change) }
    RegisterCodecCheck.truncations(RegisterSamples.memberDraft)
    RegisterCodecCheck.truncations(RegisterSamples.supervisorDraft)
  }

  @Test func mutatedDataNeverTraps() {
    for (index, change) in changes.enumerated() {
      RegisterCodecCheck.mutations(change, count: 300, seed: UInt64(index + 1))
    }
    RegisterCodecCheck.mutations(RegisterSamples.memberDraft, count: 300, seed: 91)
    RegisterCodecCheck.mutations(RegisterSamples.supervisorDraft, count: 300, seed: 92)
  }
}
