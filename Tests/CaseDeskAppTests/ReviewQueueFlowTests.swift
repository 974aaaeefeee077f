import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The review-needed queue through the app: what puts a listed enterprise on it (changes made
/// through the store and taken by the runtime), what shows it, and what takes it off.
@Suite struct ReviewQueueFlowTests {
  typealias F = PositiveListStandingFixture

  @Test func aCaseDecidedAgainstAListedEnterpriseRaisesItForReview() throws {
    let harness = F.harness()
    let id = try #require(F.quietListed(harness))
    let before = harness.state.positiveList.reviewQueue.count
    let caseID = try F.decidePenalty(against: id, in: harness)
    let number = try #require(harness.store.state.cases[caseID]?.number?.description)
    let item = try #require(harness.state.positiveList.reviewQueue.first { $0.enterprise == id })
    #expect(item.triggers == [.violation(caseID)])
    #expect(harness.state.positiveList.reviewQueue.count == before + 1)
    // The pane's queue names the case by its number; the top bar counts the queue.
    #expect(harness.screen.text.contains("案件 \(number) 认定违法"))
    #expect(harness.screen.rowText(0).contains("复核 \(before + 1)"))
    #expect(harness.state.positiveList.allRows.first { $0.id == id }?.needsReview == true)
    // Suspending it prefills the reason and case number from the trigger.
    F.select(id, in: harness)
    harness.press("positive.suspend")
    let form = try #require(F.form(harness))
    #expect(form.value("reasonKind") == "环境违法行为")
    #expect(form.value("caseNumber") == number)
    #expect(form.form["trigger"]?.value.contains(number) == true)
    harness.press("form.save")
    #expect(harness.store.state.positiveList[id]?.status == .suspended)
    #expect(harness.state.positiveList.reviewQueue.contains { $0.enterprise == id } == false)
    #expect(harness.state.positiveList.reviewQueue.count == before)
  }

  @Test func aVerifiedComplaintRaisesItForReview() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.quietListed(harness))
    try F.verifiedClues(.complaint, against: id, daysAgo: [3], in: harness)
    let item = try #require(harness.state.positiveList.reviewQueue.first { $0.enterprise == id })
    guard case .verifiedComplaint = item.triggers.first else {
      Issue.record("no complaint trigger: \(item.triggers)")
      return
    }
    #expect(harness.screen.text.contains("complaint of 2025-06-27 verified"))
    F.select(id, in: harness)
    harness.press("positive.suspend")
    #expect(F.form(harness)?.value("reasonKind") == "verified complaint")
    #expect(F.form(harness)?.value("caseNumber") == "")
  }

  @Test func repeatedExceedanceRaisesItForReview() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.quietListed(harness))
    try F.verifiedClues(
      .onlineMonitoring, against: id, daysAgo: [12, 8], measurement: F.exceedance, in: harness)
    #expect(harness.state.positiveList.reviewQueue.contains { $0.enterprise == id } == false)
    try F.verifiedClues(
      .onlineMonitoring, against: id, daysAgo: [2], measurement: F.exceedance, in: harness)
    let item = try #require(harness.state.positiveList.reviewQueue.first { $0.enterprise == id })
    guard case .repeatedExceedance(let clues) = item.triggers.first else {
      Issue.record("no exceedance trigger: \(item.triggers)")
      return
    }
    #expect(clues.count == 3)
    #expect(harness.screen.text.contains("exceeded 3 times since 2025-06-18"))
  }

  @Test func aReviewTakesItOffTheQueue() throws {
    let harness = F.harness()
    let id = try #require(F.quietListed(harness))
    try F.verifiedClues(.hotline, against: id, daysAgo: [5], in: harness)
    #expect(harness.state.positiveList.reviewQueue.contains { $0.enterprise == id })
    F.select(id, in: harness)
    harness.press("positive.review")
    harness.press("form.save")
    #expect(harness.store.state.positiveList[id]?.history.last?.kind == .reviewed)
    #expect(harness.state.positiveList.reviewQueue.contains { $0.enterprise == id } == false)
  }

  @Test func aRemovalTakesItOffTheQueue() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.quietListed(harness))
    try F.verifiedClues(
      .onlineMonitoring, against: id, daysAgo: [9, 6, 3], measurement: F.exceedance, in: harness)
    #expect(harness.screen.rowText(0).contains("Review 1"))
    F.select(id, in: harness)
    harness.press("positive.remove")
    #expect(F.form(harness)?.value("reasonKind") == "repeated exceedance")
    #expect(F.form(harness)?.value("text") == "")
    harness.press("form.save")
    #expect(harness.store.events.count == 6)  // the clues only
    #expect(F.form(harness)?.form.focused?.id == "text")
    harness.type("三次超标，移出清单")
    harness.press("form.save")
    #expect(harness.store.state.positiveList[id]?.status == .removed)
    #expect(harness.state.positiveList.reviewQueue.isEmpty)
    #expect(!harness.screen.rowText(0).contains("Review"))
  }

  @Test func theTopBarCountShowsWhileAnyWaitsAndIsDroppedFirst() throws {
    let harness = F.harness(size: Size(width: 80, height: 24), language: .en)
    let id = try #require(F.quietListed(harness))
    #expect(harness.state.positiveList.reviewQueue.isEmpty)
    #expect(!harness.screen.rowText(0).contains("Review"))
    try F.verifiedClues(.complaint, against: id, daysAgo: [1], in: harness)
    let count = harness.state.positiveList.reviewQueue.count
    #expect(count > 0)
    #expect(harness.screen.rowText(0).contains("Review \(count)"))
    harness.resize(to: Size(width: 40, height: 12))
    let narrow = harness.screen.rowText(0)
    #expect(!narrow.contains("Review"))
    #expect(narrow.contains("Due"))
  }

  @Test func theSelectedEntryShowsInTheQueue() throws {
    let harness = F.harness()
    let ids = (0..<4).compactMap { F.quietListed(harness, skipping: $0) }
    #expect(ids.count == 4)
    for id in ids { try F.verifiedClues(.complaint, against: id, daysAgo: [2], in: harness) }
    let queue = harness.state.positiveList.reviewQueue
    #expect(queue.count == 4)
    #expect(harness.screen.text.contains("需复核 4 家 · 另有 1 家"))
    let last = try #require(queue.last?.enterprise)
    let name = try #require(harness.state.domain.enterprises[last]?.name)
    #expect(!harness.screen.text.contains(name + " — "))
    F.select(last, in: harness)
    #expect(harness.screen.text.contains("▸ " + name + " — "))
  }

  @Test func historyShowsTheEntrysSteps() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.quietListed(harness))
    F.select(id, in: harness)
    harness.press("positive.review")
    harness.press("form.save")
    harness.press("record.history")
    guard case .history(let history) = harness.state.overlay else {
      Issue.record("no history open")
      return
    }
    #expect(history.record == .positiveListEntry(id))
    #expect(history.entries?.count == 1)
    #expect(harness.screen.text.contains("2026-06-30"))
  }
}
