import CaseDeskDomain
import CaseDeskTestSupport
import Foundation
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The referrals pane on the demo: urgency order, the type/stage/overdue filters, the top
/// bar's referral alarm, the links to the status card, the history and the case, and the
/// demo's realistic stages at its as-of day.
@Suite struct ReferralsPaneTests {
  typealias F = ReferralsFixture

  /// Types a filter and accepts it; returns the rows it shows.
  func filtered(_ text: String, in harness: AppHarness) -> [ReferralRow] {
    harness.press("list.filter")
    harness.type(text)
    harness.press("filter.accept")
    return F.shownRows(in: harness)
  }

  @Test func everyReferralMostUrgentFirst() throws {
    let harness = F.harness()
    let rows = F.shownRows(in: harness)
    #expect(rows.count == F.demo.referrals.count)
    let approval = try #require(F.awaitingApproval)
    let police = try #require(F.awaitingPolice)
    #expect(rows.map(\.id).prefix(2) == [approval.id, police.id])
    #expect(rows[0].isOverdue)
    // The police's 24-hour clock counts hours.
    let clock = try #require(rows[1].clock)
    #expect(clock.deadline.party == .police)
    #expect((clock.status.hoursLeft ?? 99) < 24)
    #expect(!clock.status.isOverdue)
  }

  @Test(arguments: [ReferralKind.crime, .detention])
  func typeFilterNarrowsExactly(_ kind: ReferralKind) {
    let harness = F.harness()
    let rows = filtered("type:" + kind.rawValue, in: harness)
    let expected = F.referrals.filter { $0.kind == kind }.map(\.id)
    #expect(!expected.isEmpty)
    #expect(Set(rows.map(\.id)) == Set(expected))
  }

  @Test(arguments: [ReferralStage.closed, .policeDecided, .drafted])
  func stageFilterNarrowsExactly(_ stage: ReferralStage) {
    let harness = F.harness(language: .en)
    let rows = filtered("stage:" + stage.rawValue, in: harness)
    let expected = F.referrals.filter { $0.stage == stage }.map(\.id)
    #expect(!expected.isEmpty)
    #expect(Set(rows.map(\.id)) == Set(expected))
  }

  @Test func overdueFilterNarrowsToTheOverdueOnes() throws {
    let harness = F.harness(today: "2025-12-23")
    let all = harness.state.referrals.records
    let rows = filtered("overdue:yes", in: harness)
    let expected = all.filter(\.isOverdue).map(\.id)
    #expect(expected.count == 2)
    #expect(Set(rows.map(\.id)) == Set(expected))
    let rest = filtered("overdue:no", in: F.harness(today: "2025-12-23"))
    #expect(rest.count == all.count - expected.count)
  }

  @Test func topBarCountsReferralsOverdueOnEitherSide() throws {
    // At the as-of day only the head's approval is late (the bureau's side).
    let today = F.harness()
    #expect(today.state.referrals.overdueCount == 1)
    #expect(today.screen.text.contains("移送逾期 1"))
    // Three days on the police have not decided on filing either (the police's side).
    let later = F.harness(language: .en, today: "2025-12-23")
    #expect(later.state.referrals.overdueCount == 2)
    #expect(later.screen.text.contains("Referrals overdue 2"))
    let police = try #require(F.awaitingPolice)
    let row = try #require(later.state.referrals.records.first { $0.id == police.id })
    #expect(row.isOverdue)
    #expect(row.clock?.deadline.party == .police)
    // Early in the year nothing is late: the bar says nothing about referrals.
    let early = F.harness(today: "2025-02-03")
    #expect(early.state.referrals.overdueCount == 0)
    #expect(!early.screen.text.contains("移送逾期"))
  }

  @Test func approvingTheLateReferralClearsTheAlarm() throws {
    let harness = F.harness()
    let referral = try #require(F.awaitingApproval)
    let approver = try #require(
      F.demo.staff.values.filter { $0.isActive && $0.roles.contains(.approver) }.map(\.id)
        .sorted().first)
    let events = try harness.store.make(
      .referral(.approveReferral(referral.id)), by: .staff(approver), at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    #expect(harness.state.referrals.overdueCount == 0)
    harness.press("list.first")
    #expect(!harness.screen.text.contains("移送逾期"))
    let row = try #require(harness.state.referrals.records.first { $0.id == referral.id })
    #expect(row.record.stage == .approved)
    #expect(row.clock?.deadline.rule == .crimeReferralHandOver)
  }

  @Test func statusCardOfTheReferralsEnterprise() throws {
    let harness = F.harness()
    let referral = try #require(F.filedAfterMaterial)
    #expect(F.select(referral.id, in: harness))
    harness.press("record.statusCard")
    guard case .statusCard(let card) = harness.state.overlay else {
      Issue.record("no status card: \(String(describing: harness.state.overlay))")
      return
    }
    #expect(card.enterprise == referral.enterprise)
  }

  @Test func historyOfTheReferral() throws {
    let harness = F.harness()
    let referral = try #require(F.refusedAndReconsidered)
    #expect(F.select(referral.id, in: harness))
    harness.press("record.history")
    guard case .history(let history) = harness.state.overlay else {
      Issue.record("no history: \(String(describing: harness.state.overlay))")
      return
    }
    #expect(history.record == .referral(referral.id))
  }

  @Test func statusCardReferralLineJumpsToTheReferral() throws {
    let referral = try #require(F.awaitingPolice)
    let harness = F.harness()
    #expect(harness.state.referrals.selected?.id != referral.id)
    // Open the card from the referral's case on the case review pane.
    harness.press("pane.cases")
    #expect(CasesFixture.select(referral.caseID, in: harness))
    harness.press("record.statusCard")
    guard case .statusCard(let card) = harness.state.overlay else {
      Issue.record("no status card")
      return
    }
    #expect(card.enterprise == referral.enterprise)
    let lines = card.lines(in: harness.state)
    let selectable = StatusCardState.selectableIndices(lines)
    let position = try #require(
      selectable.firstIndex { lines[$0].target == .referral(referral.id) })
    for _ in 0..<position { harness.press("statusCard.down") }
    harness.press("statusCard.open")
    #expect(harness.state.overlay == nil)
    #expect(harness.state.activePane == .referrals)
    #expect(harness.state.referrals.selected?.id == referral.id)
    #expect(harness.state.pendingFocus == nil)
  }

  @Test func caseDetailShowsItsReferral() throws {
    let referral = try #require(F.awaitingPolice)
    let harness = F.harness(size: Size(width: 140, height: 40), language: .en)
    harness.press("pane.cases")
    #expect(CasesFixture.select(referral.caseID, in: harness))
    harness.press("list.open")
    let text = harness.screen.text
    #expect(text.contains(referral.id.raw))
    #expect(text.contains("suspected crime · received by police · police "))
  }

  @Test func caseTimelineShowsItsReferralsSteps() throws {
    let referral = try #require(F.awaitingPolice)
    let harness = F.harness(size: Size(width: 140, height: 40), language: .en)
    let record = try #require(harness.state.domain.cases[referral.caseID])
    let texts = CaseTimeline.entries(
      of: record, in: harness.state.domain, strings: harness.state.strings
    ).map(\.text)
    let prefix = "Referral \(referral.id.raw): "
    let steps = texts.filter { $0.hasPrefix(prefix) }
    // Drafted, approved, handed over and received, in that order, after the decision.
    #expect(steps.count == 4)
    #expect(steps.last?.contains("receipt") == true)
    let decided = try #require(
      texts.firstIndex { $0.contains(referral.id.raw) && !$0.hasPrefix(prefix) })
    let handedOver = try #require(
      texts.firstIndex { $0.hasPrefix(prefix) && $0.contains("handed over") })
    #expect(decided < handedOver)
  }

  /// The detail of a referral on a tall screen, one string per screen row (trimmed).
  func detailRows(of id: ReferralID, in harness: AppHarness) -> [String] {
    #expect(F.select(id, in: harness))
    harness.press("list.open")
    let screen = harness.screen
    return (0..<screen.size.height).map {
      screen.rowText($0).trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
    }
  }

  @Test func detailShowsDeadlinesGroundCaseStatusAndDocuments() throws {
    let referral = try #require(F.awaitingPolice)
    let harness = F.harness(size: Size(width: 140, height: 50), language: .en)
    let rows = detailRows(of: referral.id, in: harness)
    // Every open deadline, the police's 24-hour one in hours.
    #expect(rows.contains { $0.hasPrefix("police: ") && $0.hasSuffix("h left") })
    #expect(rows.filter { $0.hasPrefix("police: ") }.count == 3)
    #expect(rows.contains { $0.contains("(hazardous waste ≥3 t): measured hazardous waste ") })
    #expect(rows.contains { $0.hasPrefix("Case ") && $0.hasSuffix("no fine") })
    #expect(rows.contains("Documents (7/7 required):"))
    #expect(rows.contains { $0.contains("handed over at 15:00") && $0.contains("copy to") })
  }

  @Test func aMissingRequiredDocumentIsMarkedInTheAlarmStyle() throws {
    let referral = try #require(F.awaitingApproval)
    let harness = F.harness(size: Size(width: 140, height: 50), language: .en)
    let rows = detailRows(of: referral.id, in: harness)
    let missing = F.demo.missingDocuments(ofReferral: referral.id)
    #expect(!missing.isEmpty)
    #expect(rows.contains("\(missing.count) required documents missing: hand-over refused"))
    #expect(rows.filter { $0.hasPrefix("✗ ") }.count == missing.count)
    let screen = harness.screen
    for y in 0..<screen.size.height where screen.rowText(y).contains("✗ ") {
      let x = try #require(Array(screen.rowText(y)).firstIndex(of: "✗"))
      #expect(screen[x, y].role == .clockOverdue)
    }
  }

  @Test func theDemosReferralsStandInRealisticStages() {
    let harness = F.harness()
    let referrals = F.referrals
    let handedOver = referrals.filter { $0.handOver != nil }
    #expect(handedOver.filter { $0.kind == .crime }.count == 5)
    #expect(handedOver.filter { $0.kind == .detention }.count == 2)
    // Nothing late by more than a few days: at most one deliberate alarm.
    let items = ReferralRow.deadlineItems(of: F.demo, at: harness.state.now)
    let overdue = items.filter(\.status.isOverdue)
    #expect(overdue.count == 1)
    #expect(overdue.allSatisfy { ($0.status.daysLeft ?? 0) >= -3 })
    #expect(Set(referrals.map(\.stage)).count >= 5)
  }
}
