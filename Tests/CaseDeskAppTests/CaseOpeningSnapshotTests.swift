import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The case-opening form at 80×24 and 40×12 in both languages: saved without a violation,
/// and with a clue chosen.
@Suite struct CaseOpeningSnapshotTests {
  typealias F = CaseStepFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  /// officer1 on the case review pane, with a hotline clue about the demo's first enterprise
  /// received by clerk1 on 2025-06-20, and the form open with the enterprise and clue chosen.
  static func harness(_ size: Size, _ language: Language) throws -> (AppHarness, ClueID) {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: "officer1", demo: true))
    let enterprise = try #require(harness.store.state.enterprises.keys.sorted().first)
    let received = try #require(Day("2025-06-20"))
    let intake = ClueIntake(
      source: .hotline, enterprise: enterprise, facts: "夜间排放异味，气味刺鼻",
      receivedAt: Timestamp(
        day: received, hour: 9, utcOffset: harness.store.state.settings.utcOffset))
    let events = try harness.store.make(
      .clue(.receiveClue(intake)), by: .staff("clerk1"), at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    let clue = try #require(
      harness.store.state.clues.values.first { $0.facts == intake.facts }?.id)
    harness.press("pane.cases")
    return (harness, clue)
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func savedWithoutTheViolation(_ size: Size, _ language: Language) throws {
    let (harness, clue) = try Self.harness(size, language)
    let enterprise = try #require(harness.store.state.enterprises.keys.sorted().first)
    F.openCase(
      on: enterprise, clue: clue, violation: "", basis: "大气污染防治法第九十九条",
      conductOn: nil, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems[OpenCaseForm.Field.violation.rawValue] != nil)
    #expect(form.form.focused?.id == OpenCaseForm.Field.violation.rawValue)
    Snapshot.assertMatches(harness.screen, named: "case-open-no-violation-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func theClueChosen(_ size: Size, _ language: Language) throws {
    let (harness, clue) = try Self.harness(size, language)
    let enterprise = try #require(harness.store.state.enterprises.keys.sorted().first)
    F.openCase(
      on: enterprise, clue: clue, violation: "超标排放大气污染物",
      basis: "大气污染防治法第九十九条", conductOn: "2025-06-19", harness)
    F.focus(OpenCaseForm.Field.source.rawValue, harness)
    let form = try #require(F.form(harness))
    #expect(form.value(OpenCaseForm.Field.source.rawValue).contains(clue.raw))
    #expect(form.problems.isEmpty)
    Snapshot.assertMatches(harness.screen, named: "case-open-clue-\(size)-\(language)")
  }
}
