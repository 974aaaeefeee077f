import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The positive list pane's review-needed queue, its chart, and the standing forms with a
/// problem showing, at 80×24 and 40×12 in both languages.
@Suite struct StandingSnapshotTests {
  typealias F = PositiveListStandingFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  /// A harness with two listed enterprises on the queue: a verified complaint, and repeated
  /// exceedance.
  func queued(_ size: Size, _ language: Language) throws -> AppHarness {
    let harness = F.harness(size: size, language: language)
    let first = try #require(F.quietListed(harness))
    let second = try #require(F.quietListed(harness, skipping: 1))
    try F.verifiedClues(.complaint, against: first, daysAgo: [4], in: harness)
    try F.verifiedClues(
      .onlineMonitoring, against: second, daysAgo: [20, 11, 3], measurement: F.exceedance,
      in: harness)
    return harness
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func reviewQueue(_ size: Size, _ language: Language) throws {
    let harness = try queued(size, language)
    #expect(harness.state.positiveList.reviewQueue.count >= 2)
    Snapshot.assertMatches(harness.screen, named: "standing-queue-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func chart(_ size: Size, _ language: Language) throws {
    let harness = try queued(size, language)
    harness.press("positive.chart")
    Snapshot.assertMatches(harness.screen, named: "standing-chart-\(size)-\(language)")
  }

  /// The demo at its as-of day: the list grows from 88 to 98 over 2025.
  @Test(arguments: sizes, [Language.zh, .en])
  func chartAtTheYearEnd(_ size: Size, _ language: Language) {
    let harness = F.harness(size: size, language: language, today: "2025-12-20")
    harness.press("positive.chart")
    let sizes = harness.state.positiveList.monthlySizes
    #expect(sizes.count == 12)
    #expect(sizes.last == 98)
    #expect(harness.screen.text.contains("88") && harness.screen.text.contains("98"))
    Snapshot.assertMatches(harness.screen, named: "standing-chart-yearend-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func suspendWithoutCaseNumber(_ size: Size, _ language: Language) throws {
    let harness = F.harness(size: size, language: language)
    F.select(try #require(F.quietListed(harness)), in: harness)
    harness.press("positive.suspend")
    harness.type(language == .zh ? "违法" : "violation")
    harness.press(keys: "<Enter>")
    harness.press("form.save")
    #expect(F.form(harness)?.form["caseNumber"]?.error != nil)
    Snapshot.assertMatches(harness.screen, named: "standing-suspend-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func suspendFromTheQueue(_ size: Size, _ language: Language) throws {
    let harness = try queued(size, language)
    let id = try #require(harness.state.positiveList.reviewQueue.last?.enterprise)
    F.select(id, in: harness)
    harness.press("positive.suspend")
    #expect(F.form(harness)?.form["trigger"] != nil)
    Snapshot.assertMatches(harness.screen, named: "standing-suspend-queue-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func removeWithoutText(_ size: Size, _ language: Language) throws {
    let harness = F.harness(size: size, language: language)
    F.select(try #require(F.quietListed(harness)), in: harness)
    harness.press("positive.remove")
    harness.type(language == .zh ? "申请" : "request")
    harness.press(keys: "<Enter>")
    harness.press("form.save")
    #expect(F.form(harness)?.form["text"]?.error != nil)
    Snapshot.assertMatches(harness.screen, named: "standing-remove-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func restoreWithABadDate(_ size: Size, _ language: Language) throws {
    let harness = F.harness(size: size, language: language)
    F.select(try #require(F.first(.suspended, in: harness)), in: harness)
    harness.press("positive.restore")
    harness.press(keys: "<Tab>")
    harness.type("2026-02-30")
    harness.press("form.save")
    #expect(F.form(harness)?.form["nextReviewOn"]?.error != nil)
    Snapshot.assertMatches(harness.screen, named: "standing-restore-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func overdueReview(_ size: Size, _ language: Language) throws {
    let harness = F.harness(size: size, language: language, today: "2025-12-20")
    let overdue = harness.state.positiveList.allRows.filter(\.isReviewOverdue)
    let row = try #require(overdue.first)
    F.select(row.id, in: harness)
    harness.press("positive.review")
    harness.press(keys: "<C-u>")
    harness.type("2025-12-01")
    #expect(F.form(harness)?.form["nextReviewOn"]?.error != nil)
    Snapshot.assertMatches(harness.screen, named: "standing-review-\(size)-\(language)")
  }
}
