import CaseDeskDomain
import Testing

@testable import CaseDeskStore

/// Codec tests of the inspections area: changes and records round-trip and survive damage.
@Suite struct InspectionCodecTests {
  typealias S = FieldSamples

  @Test(arguments: FieldSamples.inspectionChanges)
  func changeRoundTrips(_ change: InspectionChange) throws {
    try FieldCodecCheck.expectRoundTrip(.inspection(change))
  }

  @Test func everyChangeCaseHasASampleAndAUniqueTypeName() {
    let types = S.inspectionChanges.map { FieldCodecCheck.encode(.inspection($0)).type }
    let expected = [
      "inspection.planned", "inspection.approved", "inspection.withdrawn",
      "inspection.scannedIn", "inspection.resultRecorded",
      "inspection.healthCheckProblemVerified", "inspection.evaluated", "inspection.filed",
      "inspection.supervisorInvited", "inspection.supervisorParticipationRecorded",
      "inspection.caseOpened",
    ]
    #expect(types == expected)
    #expect(Set(types).count == types.count)
    #expect(InspectionChangeCodec.typeNames.map { "inspection." + $0 } == expected)
  }

  @Test func plannedIsWrittenCompactly() {
    let data = FieldCodecCheck.encode(.inspection(.planned(S.plannedInspection))).data
    let expected =
      #"{"id":"JC-2025-0012","enterprise":"914403001922038216","kind":"onClue","mode":"onSite","#
      + #""plannedOn":"2025-06-30","officers":["wang.li","chen.hao"],"#
      + #""reason":{"kind":"clue","clue":"XS-2025-0107"},"positiveListException":true}"#
    #expect(String(decoding: data, as: UTF8.self) == expected)
  }

  @Test func optionalPayloadsAreLeftOutAndReadBack() throws {
    try FieldCodecCheck.expectRoundTrip(
      .inspection(
        .supervisorParticipationRecorded(
          S.inspection, S.supervisor, participated: false, opinion: nil)))
    try FieldCodecCheck.expectRoundTrip(
      .inspection(
        .resultRecorded(S.inspection, outcome: .compliant, findings: "", healthCheckProblems: [])))
    try FieldCodecCheck.expectRoundTrip(
      .inspection(
        .scannedIn(
          S.inspection, scannedAt: S.time, place: "", officers: [], verification: .failed)))
    var plan = S.plannedInspection
    plan.reason = nil
    plan.isPositiveListException = false
    plan.officers = []
    try FieldCodecCheck.expectRoundTrip(.inspection(.planned(plan)))
  }

  @Test func unknownTypesAndMissingFieldsThrow() {
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "inspection.teleported", data: Array(#"{"id":"x"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(type: "inspection.filed", data: Array("{}".utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "inspection.evaluated", data: Array(#"{"id":"x","evaluation":"delighted"}"#.utf8))
    }
    #expect(throws: CodecError.self) {
      try ChangeCodec.decode(
        type: "inspection.planned", data: Array(#"{"id":"x","kind":"routine"}"#.utf8))
    }
  }

  @Test func recordsRoundTripFullAndEmpty() throws {
    try FieldCodecCheck.expectRoundTrip(S.fullInspection)
    try FieldCodecCheck.expectRoundTrip(S.emptyInspection)
    try FieldCodecCheck.expectRoundTrip(S.plannedInspection)
    try FieldCodecCheck.expectRoundTrip(
      PlannedInspection(
        id: S.inspection, enterprise: S.enterprise, kind: .routine, mode: .offSite,
        plannedOn: S.day, officers: [], reason: nil, isPositiveListException: false))
    try FieldCodecCheck.expectRoundTrip(S.healthCheckForm)
    try FieldCodecCheck.expectRoundTrip(HealthCheckForm(problems: [], issued: S.stamp))
    try FieldCodecCheck.expectRoundTrip(S.verification)
    try FieldCodecCheck.expectRoundTrip(HealthCheckProblem(description: S.trickyText))
    try FieldCodecCheck.expectRoundTrip(
      HealthCheckProblem(description: "", verification: S.verification))
    try FieldCodecCheck.expectRoundTrip(S.scanOfficers[0])
    try FieldCodecCheck.expectRoundTrip(
      SupervisorInvitation(
        supervisor: S.supervisor, invited: S.stamp, participated: true, opinion: S.trickyText))
    try FieldCodecCheck.expectRoundTrip(
      SupervisorInvitation(supervisor: S.supervisor, invited: S.systemStamp))
    try FieldCodecCheck.expectRoundTrip(
      InspectionPlan(
        enterprise: S.enterprise, kind: .randomSampling, mode: .offSite, plannedOn: S.day,
        officers: S.officers, reason: .randomSampling("2025年第3批双随机")))
    try FieldCodecCheck.expectRoundTrip(
      InspectionPlan(enterprise: S.enterprise, kind: .routine, plannedOn: S.day, officers: []))
    try FieldCodecCheck.expectRoundTrip(
      ScanInReport(
        scannedAt: S.time, place: "宝安区", officers: S.officers, verification: .verified))
    try FieldCodecCheck.expectRoundTrip(
      ScanInReport(scannedAt: S.time, place: "", officers: [], verification: .failed))
    let full = S.fullInspection
    try FieldCodecCheck.expectRoundTrip(try #require(full.approval))
    try FieldCodecCheck.expectRoundTrip(try #require(full.withdrawal))
    try FieldCodecCheck.expectRoundTrip(try #require(full.scanIn))
    try FieldCodecCheck.expectRoundTrip(try #require(full.result))
    try FieldCodecCheck.expectRoundTrip(
      InspectionScanIn(
        scannedAt: S.time, place: "", officers: [], verification: .failed, stamp: S.stamp))
  }

  @Test(arguments: [
    Inspection.Reason.clue(FieldSamples.clue), .complaint("投诉 \"12369\" #98"),
    .randomSampling(""),
  ])
  func reasonsRoundTrip(_ reason: Inspection.Reason) throws {
    try FieldCodecCheck.expectRoundTrip(reason)
  }

  @Test func reasonKeysMayComeInAnyOrderButTheKindMustBeKnown() throws {
    let reordered = Array(#"{"reference":"R-7","kind":"complaint"}"#.utf8)
    #expect(try FieldCodecCheck.decode(Inspection.Reason.self, reordered) == .complaint("R-7"))
    let unknown = Array(#"{"kind":"hunch","reference":"R-7"}"#.utf8)
    #expect(throws: CodecError.self) {
      try FieldCodecCheck.decode(Inspection.Reason.self, unknown)
    }
    let missing = Array(#"{"kind":"clue","reference":"R-7"}"#.utf8)
    #expect(throws: CodecError.self) {
      try FieldCodecCheck.decode(Inspection.Reason.self, missing)
    }
  }

  @Test func damagedChangesThrowOrDecode() {
    for (index, change) in S.inspectionChanges.enumerated() {
      let (type, data) = FieldCodecCheck.encode(.inspection(change))
      FieldCodecCheck.expectSurvivesDamage(data, seed: UInt64(100 + index)) {
        (bytes: [UInt8]) throws(CodecError) in
        _ = try ChangeCodec.decode(type: type, data: bytes)
      }
    }
  }

  @Test func damagedRecordsThrowOrDecode() {
    FieldCodecCheck.expectSurvivesDamage(FieldCodecCheck.bytes(S.fullInspection), seed: 7) {
      (bytes: [UInt8]) throws(CodecError) in
      _ = try FieldCodecCheck.decode(Inspection.self, bytes)
    }
  }
}
