import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// Codec tests of the clues area: changes and records round-trip, stay compact, survive damage.
@Suite struct ClueCodecTests {
  typealias S = FieldSamples

  @Test(arguments: FieldSamples.clueChanges)
  func changeRoundTrips(_ change: ClueChange) throws {
    try FieldCodecCheck.expectRoundTrip(.clue(change))
  }

  @Test func everyChangeCaseHasASampleAndAUniqueTypeName() {
    let types = S.clueChanges.map { FieldCodecCheck.encode(.clue($0)).type }
    let expected = [
      "clue.received", "clue.verified", "clue.filingDecisionExtended", "clue.dismissed",
      "clue.convertedToInspection", "clue.convertedToCase",
    ]
    #expect(types == expected)
    #expect(Set(types).count == types.count)
    #expect(ClueChangeCodec.typeNames.map { "clue." + $0 } == expected)
  }

  @Test func receivedIsFlatAndCompact() {
    let data = FieldCodecCheck.encode(.clue(.received(S.clue, S.intake))).data
    let expected =
      #"{"id":"XS-2025-0107","source":"onlineMonitoring","enterprise":"914403001922038216","#
      + #""facts":"在线监测小时均值超标 0.53 倍","measurement":{"pollutant":"化学需氧量(COD)","#
      + #""measured":152.5,"limit":100.0,"unit":"mg/L"},"receivedAt":1751245200}"#
    #expect(String(decoding: data, as: UTF8.self) == expected)
  }

  @Test func anonymousReceivedLeavesOutNilFields() throws {
    let intake = ClueIntake(source: .complaint, enterprise: nil, facts: "夜间异味", receivedAt: S.time)
    let change = Change.clue(.received(S.clue, intake))
    let data = FieldCodecCheck.encode(change).data
    #expect(
      String(decoding: data, as: UTF8.self)
        == #"{"id":"XS-2025-0107","source":"complaint","facts":"夜间异味","receivedAt":1751245200}"#)
    try FieldCodecCheck.expectRoundTrip(change)
  }

  @Test func unknownTypesAndMissingFieldsThrow() {
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "clue.forgotten", data: Array(#"{"id":"x"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "clue.received", data: Array(#"{"id":"x","source":"drone","facts":""}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "clue.dismissed", data: Array(#"{"id":"x"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "clue.received",
        data: Array(#"{"id":"x","source":"pigeon","facts":"","receivedAt":1}"#.utf8))
    }
  }

  @Test func recordsRoundTripFullAndEmpty() throws {
    try FieldCodecCheck.expectRoundTrip(S.fullClue)
    try FieldCodecCheck.expectRoundTrip(S.emptyClue)
    try FieldCodecCheck.expectRoundTrip(S.intake)
    try FieldCodecCheck.expectRoundTrip(
      ClueIntake(source: .drone, enterprise: nil, facts: "", receivedAt: S.time))
    try FieldCodecCheck.expectRoundTrip(S.measurement)
    try FieldCodecCheck.expectRoundTrip(
      ClueMeasurement(pollutant: "", measured: -0.125, limit: nil, unit: ""))
    try FieldCodecCheck.expectRoundTrip(
      ClueMeasurement(pollutant: "SO₂", measured: 1e-7, limit: 3.4e12, unit: "mg/m³"))
    try FieldCodecCheck.expectRoundTrip(ClueFilingExtension(reason: S.trickyText, stamp: S.stamp))
    try FieldCodecCheck.expectRoundTrip(RepeatedExceedanceRule.standard)
  }

  @Test func everySourceAndDispositionRoundTrips() throws {
    for source in Clue.Source.allCases {
      for disposition in Clue.Disposition.allCases {
        var clue = S.emptyClue
        clue.source = source
        clue.disposition = disposition
        clue.verification = .notVerified
        try FieldCodecCheck.expectRoundTrip(clue)
      }
    }
  }

  @Test func aNullLimitReadsAsUnknown() throws {
    let bytes = Array(#"{"pollutant":"NOx","measured":3,"limit":null,"unit":"mg/m³"}"#.utf8)
    let measurement = try FieldCodecCheck.decode(ClueMeasurement.self, bytes)
    #expect(
      measurement == ClueMeasurement(pollutant: "NOx", measured: 3, limit: nil, unit: "mg/m³"))
  }

  @Test func damagedChangesThrowOrDecode() {
    for (index, change) in S.clueChanges.enumerated() {
      let (type, data) = FieldCodecCheck.encode(.clue(change))
      FieldCodecCheck.expectSurvivesDamage(data, seed: UInt64(200 + index)) {
        (bytes: [UInt8]) throws(CodecError) in
        _ = try ChangeCodec.decode(type: type, data: bytes)
      }
    }
  }

  @Test func damagedRecordsThrowOrDecode() {
    FieldCodecCheck.expectSurvivesDamage(FieldCodecCheck.bytes(S.fullClue), seed: 11) {
      (bytes: [UInt8]) throws(CodecError) in
      _ = try FieldCodecCheck.decode(Clue.self, bytes)
    }
  }
}
