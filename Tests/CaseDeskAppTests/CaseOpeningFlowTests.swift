import CaseDeskDomain
import CaseDeskStore
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Opening a case with `a` on the case review pane: on a clue, on another source, and the
/// refusals (a role that may not open cases, missing values, clues the form does not offer).
@Suite struct CaseOpeningFlowTests {
  typealias F = CaseStepFixture

  /// A harness of an operator on the case review pane, with a clue received by clerk1 on a day
  /// about an enterprise (none for an anonymous one).
  static func harness(
    _ operatorID: String, clueAbout enterprise: EnterpriseID?, facts: String = "夜间异味",
    language: Language = .zh
  ) throws -> (AppHarness, ClueID) {
    let harness = AppHarness(
      size: Size(width: 120, height: 40), language: language,
      options: LaunchOptions(operatorID: operatorID, demo: true))
    let received = try #require(Day("2025-06-20"))
    let intake = ClueIntake(
      source: .hotline, enterprise: enterprise, facts: facts,
      receivedAt: Timestamp(
        day: received, hour: 9, utcOffset: harness.store.state.settings.utcOffset))
    let events = try harness.store.make(
      .clue(.receiveClue(intake)), by: .staff("clerk1"), at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    let clue = try #require(harness.store.state.clues.values.first { $0.facts == facts }?.id)
    harness.press("pane.cases")
    return (harness, clue)
  }

  /// The demo's first enterprise.
  static func firstEnterprise(_ harness: AppHarness) throws -> EnterpriseID {
    try #require(harness.store.state.enterprises.keys.sorted().first)
  }

  @Test func aCaseOpenedOnAClueConvertsItAndKeepsItsFilingClock() throws {
    let fixture = try F()
    let harness = try fixture.harness("officer1")
    let record = try #require(fixture.record(harness))
    #expect(record.source == .clue(fixture.clueID))
    #expect(record.stage == .opened)
    #expect(record.opened.actor == .staff("officer1"))
    #expect(record.conductOn == Day("2025-06-01"))
    let clue = try #require(harness.store.state.clues[fixture.clueID])
    #expect(clue.disposition == .convertedToCase)
    #expect(clue.caseID == record.id)
    // The clue's 15 days (MEE Order No. 30) go on as the case's filing clock: received
    // 2025-06-20, due Saturday 2025-07-05, so the next working day.
    let clocks = harness.store.state.deadlineItems(
      of: .enforcementCase(record.id), at: harness.state.now)
    let filing = try #require(clocks.first { $0.deadline.rule == .clueFilingDecision })
    #expect(filing.deadline.start == clue.receivedAt)
    #expect(filing.deadline.due == .endOfDay(try #require(Day("2025-07-07"))))
    #expect(harness.state.cases.selected?.clock?.deadline.rule == .clueFilingDecision)
    // The clue no longer waits for its own decision.
    #expect(
      harness.store.state.deadlineItems(of: .clue(fixture.clueID), at: harness.state.now)
        .isEmpty)
    // The detail names the clue with its day and source.
    let link = CaseTimeline.sourceText(
      record.source, in: harness.store.state, strings: harness.state.strings)
    #expect(link.contains(fixture.clueID.raw))
    #expect(harness.screen.text.contains(fixture.clueID.raw))
  }

  @Test func savingSaysWhichCaseWasOpenedAndSelectsIt() throws {
    let probe = AppHarness(options: LaunchOptions(operatorID: "officer2", demo: true))
    let enterprise = try Self.firstEnterprise(probe)
    let (harness, clue) = try Self.harness("officer2", clueAbout: enterprise, facts: "废水外溢")
    F.openCase(
      on: enterprise, clue: clue, violation: "未批先建", basis: "环境影响评价法第三十一条",
      conductOn: nil, harness)
    let form = try #require(F.form(harness))
    #expect(form.value(OpenCaseForm.Field.source.rawValue).contains(clue.raw))
    #expect(form.problems.isEmpty)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let record = try #require(
      harness.store.state.cases.values.first { $0.violation == "未批先建" })
    #expect(record.source == .clue(clue))
    let today = harness.state.now.day(utcOffset: harness.store.state.settings.utcOffset)
    #expect(record.conductOn == today)
    #expect(harness.state.cases.selected?.id == record.id)
    let name = harness.store.state.enterprises[enterprise]?.name ?? ""
    #expect(
      harness.state.message?.text
        == harness.state.strings.format(
          .openCaseSavedFromClue, record.displayNumber, name, clue.raw))
  }

  @Test func anotherSourceNeedsItsNoteAndTheViolationIsRequired() throws {
    let (harness, _) = try Self.harness("officer1", clueAbout: nil)
    let enterprise = try Self.firstEnterprise(harness)
    F.openCase(
      on: enterprise, clue: nil, violation: "", basis: "固体废物污染环境防治法第一百零二条",
      conductOn: "2025-06-02", harness)
    F.chooseOption(
      OpenCaseForm.Field.source.rawValue,
      containing: harness.state.strings[.openCaseSourceOther], harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems[OpenCaseForm.Field.violation.rawValue] != nil)
    #expect(form.problems[OpenCaseForm.Field.sourceNote.rawValue] != nil)
    F.fill(OpenCaseForm.Field.violation.rawValue, "危废贮存不规范", harness)
    F.fill(OpenCaseForm.Field.sourceNote.rawValue, "上级交办", harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let record = try #require(
      harness.store.state.cases.values.first { $0.violation == "危废贮存不规范" })
    #expect(record.source == .other("上级交办"))
    #expect(record.conductOn == Day("2025-06-02"))
    #expect(harness.state.cases.selected?.id == record.id)
  }

  @Test func aFutureConductDayIsRefusedOnItsField() throws {
    let (harness, _) = try Self.harness("officer1", clueAbout: nil)
    let enterprise = try Self.firstEnterprise(harness)
    F.openCase(
      on: enterprise, clue: nil, violation: "超标排放", basis: "水污染防治法第八十三条",
      conductOn: "2099-01-01", harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems[OpenCaseForm.Field.conductOn.rawValue] != nil)
    #expect(
      !harness.store.state.cases.values.contains {
        $0.violation == "超标排放" && $0.conductOn == Day("2099-01-01")
      })
  }

  @Test func aRoleThatMayNotOpenCasesIsToldWhyAndNoFormOpens() throws {
    let (harness, _) = try Self.harness("clerk1", clueAbout: nil)
    let cases = harness.store.state.cases.count
    harness.press("cases.open")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.kind == .error)
    let probe = CaseOpening(
      enterprise: try Self.firstEnterprise(harness), source: .other("-"), violation: "-",
      legalBasis: "-", conductOn: harness.state.now.day(utcOffset: 8))
    do throws(Refusal) {
      _ = try Domain.execute(
        .enforcementCase(.openCase(probe)), by: .staff("clerk1"), at: harness.state.now,
        in: harness.store.state)
      Issue.record("a clerk may open a case")
    } catch {
      #expect(error.kind == .notPermitted)
      #expect(harness.state.message?.text == harness.state.strings.localized(error.message))
    }
    #expect(harness.store.state.cases.count == cases)
  }

  @Test func onlyTheEnterprisesOwnOpenCluesAreOffered() throws {
    let (harness, anonymous) = try Self.harness("officer1", clueAbout: nil)
    let enterprise = try Self.firstEnterprise(harness)
    harness.press("cases.open")
    F.focus(OpenCaseForm.Field.enterprise.rawValue, harness)
    harness.type(enterprise.raw)
    harness.press("form.pick")
    let form = try #require(F.form(harness))
    guard case .choice(let list)? = form.form[OpenCaseForm.Field.source.rawValue]?.kind else {
      Issue.record("no source list")
      return
    }
    let state = harness.store.state
    let offered = state.clues.values.filter { clue in
      list.options.contains { $0.contains(clue.id.raw + " ") }
    }
    #expect(!list.options.contains { $0.contains(anonymous.raw + " ") })
    #expect(offered.allSatisfy { $0.enterprise == enterprise && $0.canConvertToCase })
    let expected = state.clues.values.filter { $0.enterprise == enterprise && $0.canConvertToCase }
    #expect(offered.count == expected.count)
    #expect(list.options.last == harness.state.strings[.openCaseSourceOther])
  }

  @Test func aOnTheCaseReviewPaneOpensACaseAndStillAddsElsewhere() {
    let map = AppKeyMap.standard(strings: Strings(.en))
    let onCases = map.command(
      for: .character("a"), scopes: [AppScope.cases, AppScope.list, AppScope.global],
      flags: ["registerPane"])
    #expect(onCases == AppCommand.casesOpen.rawValue)
    let onEnterprises = map.command(
      for: .character("a"), scopes: [AppScope.list, AppScope.global], flags: ["registerPane"])
    #expect(onEnterprises == AppCommand.addRecord.rawValue)
  }
}
