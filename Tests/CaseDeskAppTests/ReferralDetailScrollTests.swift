import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Scrolling the referral detail: `K` back to earlier steps, `J` forward again and on into the
/// documents checklist when the box cuts it; another selection starts at the default.
@Suite struct ReferralDetailScrollTests {
  typealias F = ReferralsFixture

  /// A harness on the referrals pane with the crime referral the police filed selected (its
  /// timeline and checklist are the longest of the demo's), opened when asked.
  static func harness(
    _ size: Size = Size(width: 80, height: 24), _ language: Language = .en, opened: Bool = false
  ) throws -> AppHarness {
    let referral = try #require(F.filedAfterMaterial)
    let harness = F.harness(size: size, language: language)
    #expect(F.select(referral.id, in: harness))
    if opened { harness.press("list.open") }
    return harness
  }

  /// The detail as it fits now.
  static func fit(_ harness: AppHarness) throws -> CaseDetailView.Fit {
    try #require(ReferralsPane.detailFit(harness.state))
  }

  /// Every line of the selected referral's detail (before fitting).
  static func all(_ harness: AppHarness) throws -> [CaseDetailView.Line] {
    let row = try #require(harness.state.referrals.selected)
    return ReferralDetailView.lines(row, state: harness.state)
  }

  /// The timeline steps shown now (without the marks).
  static func shownSteps(_ harness: AppHarness) throws -> [String] {
    let steps = Set(try all(harness).filter { $0.section == .timeline }.map(\.text))
    return try fit(harness).lines.map(\.text).filter { steps.contains($0) }
  }

  @Test func kShowsAnEarlierStepAndJGoesBack() throws {
    let harness = try Self.harness()
    let latest = try Self.shownSteps(harness)
    #expect(try Self.fit(harness).maxScroll > 0)
    #expect(harness.state.activeFlags.contains(ReferralsPane.detailEarlierFlag))
    #expect(harness.screen.text.contains("K earlier"))

    harness.press(keys: "K")
    #expect(harness.state.referrals.detailScroll.offset == 1)
    let earlier = try Self.shownSteps(harness)
    let steps = try Self.all(harness).filter { $0.section == .timeline }.map(\.text)
    let latestFirst = try #require(latest.first)
    let index = try #require(steps.firstIndex(of: latestFirst))
    #expect(earlier.first == steps[index - 1])
    #expect(harness.state.activeFlags.contains(ReferralsPane.detailLaterFlag))

    harness.press(keys: "J")
    #expect(harness.state.referrals.detailScroll.offset == 0)
    #expect(try Self.shownSteps(harness) == latest)
  }

  @Test func jScrollsIntoTheCutChecklistAndStopsAtItsEnd() throws {
    let harness = try Self.harness(opened: true)
    let lastDocument = try #require(try Self.all(harness).last(where: { $0.section == .tail }))
    // The box cuts the checklist: its last line (which wraps) is not on screen.
    let lastStart = String(lastDocument.text.prefix(16))
    #expect(!harness.screen.text.contains(lastStart))
    let fit = try Self.fit(harness)
    #expect(fit.minScroll < 0)
    #expect(harness.state.activeFlags.contains(ReferralsPane.detailLaterFlag))

    for _ in 0..<(-fit.minScroll + 3) { harness.press("referrals.detailLater") }
    #expect(harness.state.referrals.detailScroll.offset == fit.minScroll)
    #expect(try Self.fit(harness).lines.last?.text == lastDocument.text)
    #expect(harness.screen.text.contains(lastStart))
    #expect(!harness.state.activeFlags.contains(ReferralsPane.detailLaterFlag))
    #expect(harness.state.activeFlags.contains(ReferralsPane.detailEarlierFlag))

    harness.press(keys: "K")
    #expect(harness.state.referrals.detailScroll.offset == fit.minScroll + 1)
  }

  /// At every size the detail shows in, scrolling both ways reaches every step and every line
  /// of the checklist.
  @Test(arguments: [
    (Size(width: 80, height: 24), false), (Size(width: 80, height: 24), true),
    (Size(width: 40, height: 12), true),
  ])
  func everyLineIsReachable(_ size: Size, _ opened: Bool) throws {
    let harness = try Self.harness(size, opened: opened)
    let wanted = try Self.all(harness).filter { $0.section != .head && $0.section != .context }
    var seen = Set<String>()
    let fit = try Self.fit(harness)
    for scroll in fit.range {
      let row = try #require(harness.state.referrals.selected)
      let area = try #require(ReferralsPaneView.detailArea(harness.state))
      let shown = ReferralDetailView.fit(row, state: harness.state, scroll: scroll, area: area)
      #expect(shown.scroll == scroll)
      seen.formUnion(shown.lines.map(\.text))
    }
    let missing = wanted.map(\.text).filter { !seen.contains($0) }
    #expect(missing.isEmpty, "\(size) opened \(opened): \(missing)")
  }

  @Test func anotherSelectionStartsAtTheDefault() throws {
    let harness = try Self.harness()
    let id = try #require(harness.state.referrals.selected?.id)
    harness.press(keys: "K")
    #expect(harness.state.referrals.detailScroll.offset == 1)
    harness.press("list.down")
    #expect(harness.state.referrals.detailScroll.offset == 0)
    #expect(F.select(id, in: harness))
    #expect(harness.state.referrals.detailScroll.offset == 0)
  }

  @Test(arguments: [Language.zh, .en])
  func aReferralScrolledBackAndIntoItsChecklist(_ language: Language) throws {
    let stacked = try Self.harness(Size(width: 80, height: 24), language)
    stacked.press(keys: "K")
    Snapshot.assertMatches(stacked.screen, named: "referrals-detail-scrolled-80x24-\(language)")
    let opened = try Self.harness(Size(width: 80, height: 24), language, opened: true)
    opened.press(keys: "J J J")
    #expect(opened.state.referrals.detailScroll.offset == -3)
    Snapshot.assertMatches(
      opened.screen, named: "referrals-detail-checklist-80x24-\(language)")
  }
}
