import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// The journal and snapshot encoding of green-channel requests, visits and their changes.
@Suite struct ServiceCodecTests {
  let changes = RegisterSamples.serviceChanges.map(Change.service)

  @Test func everyChangeRoundTrips() throws {
    for change in changes { try RegisterCodecCheck.roundTrip(change) }
  }

  @Test func everyCaseHasItsOwnTypeName() {
    let expected: Set<String> = [
      "service.requestRegistered", "service.requestAssigned", "service.requestAnswered",
      "service.requestClosed", "service.visitRecorded", "service.satisfactionRecorded",
    ]
    #expect(RegisterCodecCheck.typeNames(changes) == expected)
  }

  @Test func recordsRoundTripFilledAndEmpty() throws {
    try RegisterCodecCheck.roundTrip(RegisterSamples.request)
    try RegisterCodecCheck.roundTrip(RegisterSamples.requestBare)
    for step in RegisterSamples.request.history { try RegisterCodecCheck.roundTrip(step) }
    try RegisterCodecCheck.roundTrip(RegisterSamples.visit)
    try RegisterCodecCheck.roundTrip(RegisterSamples.visitBare)
    try RegisterCodecCheck.roundTrip(RegisterSamples.requestDraft)
    try RegisterCodecCheck.roundTrip(RegisterSamples.visitDraft)
    try RegisterCodecCheck.roundTrip(RegisterSamples.visitDraftBare)
  }

  @Test func writesReadableJSON() {
    let satisfaction = ChangeCodec.encode(.service(.satisfactionRecorded("FV-1", .satisfied)))
    #expect(satisfaction.type == "service.satisfactionRecorded")
    #expect(
      String(decoding: satisfaction.data, as: UTF8.self)
        == #"{"visit":"FV-1","satisfaction":"satisfied"}"#)
    let closed = ChangeCodec.encode(
      .service(.requestClosed("GC-1", on: RegisterSamples.day("2025-04-07"), note: "办结")))
    #expect(
      String(decoding: closed.data, as: UTF8.self)
        == #"{"request":"GC-1","on":"2025-04-07","note":"办结"}"#)
  }

  @Test func trickyTextRoundTrips() throws {
    var request = RegisterSamples.request
    request.subject = RegisterSamples.trickyText
    request.answer = RegisterSamples.trickyText
    request.history[0].note = RegisterSamples.trickyText
    try RegisterCodecCheck.roundTrip(Change.service(.requestRegistered(request)))
    try RegisterCodecCheck.roundTrip(
      Change.service(
        .requestAnswered(
          "GC-1", on: RegisterSamples.day("2025-01-01"), answer: RegisterSamples.trickyText)))
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
      ("service.requestRegistered", #"{}"#),
      ("service.requestRegistered", #"{"request":{"id":"GC-1","enterprise":"E1"}}"#),
      ("service.requestAssigned", #"{"request":"GC-1","on":"2025-01-01"}"#),
      ("service.requestAnswered", #"{"request":"GC-1","on":"2025-01-01","note":"x"}"#),
      ("service.requestClosed", #"{"request":"GC-1","on":"2025-01-01","answer":"x"}"#),
      ("service.visitRecorded", #"{"visit":{"id":"FV-1","enterprise":"E1","kind":"followUp"}}"#),
      ("service.satisfactionRecorded", #"{"visit":"FV-1","satisfaction":"happy"}"#),
      ("service.requestEscalated", #"{"request":"GC-1"}"#),
    ]
    for (type, json) in cases {
      #expect(throws: CodecError.self) {
        try ChangeCodec.decode(type: type, data: Array(json.utf8))
      }
    }
  }

  @Test func truncatedDataThrows() {
    for change in changes { RegisterCodecCheck.truncations(change) }
    RegisterCodecCheck.truncations(RegisterSamples.visitDraft)
    RegisterCodecCheck.truncations(RegisterSamples.requestDraft)
  }

  @Test func mutatedDataNeverTraps() {
    for (index, change) in changes.enumerated() {
      RegisterCodecCheck.mutations(change, count: 300, seed: UInt64(400 + index))
    }
    RegisterCodecCheck.mutations(RegisterSamples.visitDraft, count: 300, seed: 491)
  }
}
