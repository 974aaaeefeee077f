import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// Codec tests of the rectification area: changes and records round-trip and survive damage.
@Suite struct RectificationCodecTests {
  typealias S = FieldSamples

  @Test(arguments: FieldSamples.rectificationChanges)
  func changeRoundTrips(_ change: RectificationChange) throws {
    try FieldCodecCheck.expectRoundTrip(.rectification(change))
  }

  @Test func everyChangeCaseHasASampleAndAUniqueTypeName() {
    let types = S.rectificationChanges.map { FieldCodecCheck.encode(.rectification($0)).type }
    let expected = [
      "rectification.created", "rectification.progressRecorded",
      "rectification.districtAccepted", "rectification.cityRecheckPassed",
      "rectification.sentBackToDistrict", "rectification.enterpriseLinked",
      "rectification.enterpriseUnlinked",
    ]
    #expect(types == expected)
    #expect(Set(types).count == types.count)
    #expect(RectificationChangeCodec.typeNames.map { "rectification." + $0 } == expected)
  }

  @Test func createdIsFlat() {
    let draft = RectificationTaskDraft(title: "扬尘治理", district: "龙华区", deadline: S.day)
    let data = FieldCodecCheck.encode(.rectification(.created(S.task, draft))).data
    #expect(
      String(decoding: data, as: UTF8.self)
        == #"{"id":"ZG-2025-0003","title":"扬尘治理","district":"龙华区","deadline":"2025-06-30"}"#)
  }

  @Test func emptyPayloadsRoundTrip() throws {
    try FieldCodecCheck.expectRoundTrip(.rectification(.progressRecorded(S.task, evidence: [])))
    try FieldCodecCheck.expectRoundTrip(
      .rectification(
        .created(S.task, RectificationTaskDraft(title: "", district: "", deadline: S.day))))
    try FieldCodecCheck.expectRoundTrip(
      .rectification(.sentBackToDistrict(S.task, on: S.day, reasons: S.trickyText)))
  }

  @Test func unknownTypesAndMissingFieldsThrow() {
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "rectification.abandoned", data: Array(#"{"id":"x"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "rectification.districtAccepted", data: Array(#"{"id":"x","note":""}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "rectification.cityRecheckPassed",
        data: Array(#"{"id":"x","on":"2025-02-30","note":""}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "rectification.created", data: Array(#"{"id":"x","title":"t"}"#.utf8))
    }
  }

  @Test func recordsRoundTripFullAndEmpty() throws {
    try FieldCodecCheck.expectRoundTrip(S.fullTask)
    try FieldCodecCheck.expectRoundTrip(S.emptyTask)
    try FieldCodecCheck.expectRoundTrip(S.draft)
    try FieldCodecCheck.expectRoundTrip(
      RectificationTaskDraft(title: "", district: "", deadline: S.day))
    try FieldCodecCheck.expectRoundTrip(
      RectificationStep(on: S.day, note: S.trickyText, stamp: S.systemStamp))
    for status in RectificationTask.Status.allCases {
      var task = S.emptyTask
      task.status = status
      try FieldCodecCheck.expectRoundTrip(task)
    }
  }

  @Test func damagedChangesThrowOrDecode() {
    for (index, change) in S.rectificationChanges.enumerated() {
      let (type, data) = FieldCodecCheck.encode(.rectification(change))
      FieldCodecCheck.expectSurvivesDamage(data, seed: UInt64(300 + index)) {
        (bytes: [UInt8]) throws(CodecError) in
        _ = try ChangeCodec.decode(type: type, data: bytes)
      }
    }
  }

  @Test func damagedRecordsThrowOrDecode() {
    FieldCodecCheck.expectSurvivesDamage(FieldCodecCheck.bytes(S.fullTask), seed: 13) {
      (bytes: [UInt8]) throws(CodecError) in
      _ = try FieldCodecCheck.decode(RectificationTask.self, bytes)
    }
  }
}
