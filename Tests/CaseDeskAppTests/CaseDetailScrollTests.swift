import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Scrolling the case detail's timeline: `K` back to earlier steps, `J` forward again, with
/// the marks saying what is left out above and below; another selection starts at the latest.
@Suite struct CaseDetailScrollTests {
  /// The demo case with the longest timeline (the lowest id of those).
  static func longestCase(in harness: AppHarness) throws -> EnforcementCase {
    let state = harness.state
    let lengths = state.domain.cases.values.map { record in
      (record, CaseTimeline.entries(of: record, in: state.domain, strings: state.strings).count)
    }
    return try #require(lengths.max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }?.0)
  }

  /// A harness on the case review pane with the longest case selected.
  static func harness(
    _ size: Size = Size(width: 80, height: 24), _ language: Language = .en
  ) throws -> (AppHarness, EnforcementCase) {
    let harness = CasesFixture.harness(size: size, language: language)
    let record = try longestCase(in: harness)
    #expect(CasesFixture.select(record.id, in: harness))
    return (harness, record)
  }

  /// The timeline lines of the detail as it shows now (without the marks).
  static func shownSteps(_ harness: AppHarness) throws -> [String] {
    let fit = try #require(CasesPane.detailFit(harness.state))
    return fit.lines.filter { $0.section == .timeline && $0.role != .dim }.map(\.text)
  }

  /// The marks of the detail as it shows now: earlier and later steps left out.
  static func marks(_ harness: AppHarness) throws -> [String] {
    let fit = try #require(CasesPane.detailFit(harness.state))
    return fit.lines.filter { $0.section == .timeline && $0.role == .dim }.map(\.text)
  }

  /// Every timeline line of the selected case.
  static func allSteps(_ harness: AppHarness) throws -> [String] {
    let row = try #require(harness.state.cases.selected)
    return CaseDetailView.lines(row, state: harness.state).filter { $0.section == .timeline }
      .map(\.text)
  }

  @Test func kShowsAnEarlierStepAndJGoesBack() throws {
    let (harness, _) = try Self.harness()
    let latest = try Self.shownSteps(harness)
    let fit = try #require(CasesPane.detailFit(harness.state))
    #expect(fit.maxScroll > 1)
    #expect(harness.state.activeFlags.contains(CasesPane.detailEarlierFlag))
    #expect(!harness.state.activeFlags.contains(CasesPane.detailLaterFlag))
    // J does nothing at the latest steps.
    harness.press(keys: "J")
    #expect(harness.state.cases.detailScroll.offset == 0)

    harness.press(keys: "K")
    #expect(harness.state.cases.detailScroll.offset == 1)
    let earlier = try Self.shownSteps(harness)
    #expect(earlier.first != latest.first)
    let all = try Self.allSteps(harness)
    let latestFirst = try #require(latest.first)
    let firstLatest = try #require(all.firstIndex(of: latestFirst))
    #expect(earlier.first == all[firstLatest - 1])
    // Marks above and below say how many steps each side leaves out, on screen too.
    let earlierLast = try #require(earlier.last)
    let lastShown = try #require(all.firstIndex(of: earlierLast))
    let strings = harness.state.strings
    let expected = [
      strings.format(.caseDetailEarlier, "\(firstLatest - 1)"),
      strings.format(.caseDetailLater, "\(all.count - lastShown - 1)"),
    ]
    #expect(try Self.marks(harness) == expected)
    #expect(harness.screen.text.contains(expected[1]))
    #expect(harness.state.activeFlags.contains(CasesPane.detailLaterFlag))

    harness.press(keys: "J")
    #expect(harness.state.cases.detailScroll.offset == 0)
    #expect(try Self.shownSteps(harness) == latest)
  }

  @Test func scrollingStopsAtTheFirstStep() throws {
    let (harness, _) = try Self.harness()
    let fit = try #require(CasesPane.detailFit(harness.state))
    for _ in 0..<(fit.maxScroll + 3) { harness.press("cases.detailEarlier") }
    #expect(harness.state.cases.detailScroll.offset == fit.maxScroll)
    let shown = try Self.shownSteps(harness)
    #expect(shown.first == (try Self.allSteps(harness)).first)
    #expect(!harness.state.activeFlags.contains(CasesPane.detailEarlierFlag))
    // Only the mark below remains.
    let marks = try Self.marks(harness)
    #expect(marks.count == 1)
    #expect(
      marks.first?.hasPrefix(harness.state.strings.format(.caseDetailLater, "").prefix(2)) == true)
  }

  @Test func anotherSelectionStartsAtTheLatestSteps() throws {
    let (harness, record) = try Self.harness()
    harness.press(keys: "K K")
    #expect(harness.state.cases.detailScroll.offset == 2)
    harness.press("list.down")
    #expect(harness.state.cases.detailScroll.offset == 0)
    #expect(CasesFixture.select(record.id, in: harness))
    #expect(harness.state.cases.detailScroll.offset == 0)
  }

  @Test(arguments: [Language.zh, .en])
  func aLongTimelineScrolledBack(_ language: Language) throws {
    let (harness, _) = try Self.harness(Size(width: 80, height: 24), language)
    harness.press("list.open")
    harness.press(keys: "K K")
    #expect(harness.state.cases.detailScroll.offset == 2)
    Snapshot.assertMatches(harness.screen, named: "cases-detail-scrolled-80x24-\(language)")
  }
}
