import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The case review pane by key presses: my queue per role, the urgency order, and the
/// filter's `stage:` `officer:` `overdue:` `decision:` terms.
@Suite struct CasesFlowTests {
  typealias F = CasesFixture
  static let now = F.now

  /// The case ids of the domain's queue for a staff member.
  static func queueCases(of id: StaffID, in state: AppState) -> Set<CaseID> {
    var ids: Set<CaseID> = []
    for item in state.domain.queue(for: id, at: state.now) {
      if case .enforcementCase(let caseID) = item.record { ids.insert(caseID) }
    }
    return ids
  }

  @Test(arguments: [StaffRole.officer, .legalReviewer, .approver])
  func myQueueShowsExactlyTheOperatorsQueue(_ role: StaffRole) throws {
    let id = try #require(
      F.staff(role, alsoAllowed: role == .officer ? [] : [.officer], at: Self.now))
    let harness = F.harness(operator: id)
    let expected = Self.queueCases(of: id, in: harness.state)
    #expect(!expected.isEmpty)
    harness.press("cases.myQueue")
    let pane = harness.state.cases
    #expect(pane.showsMyQueue)
    #expect(Set(pane.records.map(\.id)) == expected)
    #expect(pane.records.count == expected.count)
    #expect(pane.myQueueCount == expected.count)
    #expect(harness.screen.rowText(2).contains("\(expected.count)"))
    harness.press("cases.myQueue")
    #expect(!harness.state.cases.showsMyQueue)
    #expect(harness.state.cases.records.count == harness.state.domain.cases.count)
  }

  @Test func queuesDifferBetweenRoles() throws {
    let officer = try #require(F.staff(.officer, at: Self.now))
    let reviewer = try #require(F.staff(.legalReviewer, alsoAllowed: [.officer], at: Self.now))
    let state = F.harness().state
    #expect(Self.queueCases(of: officer, in: state) != Self.queueCases(of: reviewer, in: state))
  }

  @Test func theListIsSortedByUrgencyWithOverdueFirst() {
    let harness = F.harness()
    let rows = harness.state.cases.records
    let overdue = rows.prefix { $0.isOverdue }.count
    #expect(overdue > 0)
    #expect(rows.dropFirst(overdue).allSatisfy { !$0.isOverdue })
    for (earlier, later) in zip(rows, rows.dropFirst()) {
      guard let first = earlier.clock else {
        #expect(later.clock == nil)
        continue
      }
      if let second = later.clock {
        #expect(!DeadlineItem.isMoreUrgent(second, than: first))
      }
      #expect(first.status.isOverdue || !(later.clock?.status.isOverdue ?? false))
    }
    let days = rows.compactMap { $0.clock?.status.daysLeft }
    let overdueDays = days.prefix { $0 < 0 }
    #expect(!overdueDays.isEmpty)
  }

  /// Types a filter and accepts it; returns the rows it shows.
  func filtered(_ text: String, in harness: AppHarness) -> [CaseRow] {
    harness.press("list.filter")
    harness.type(text)
    harness.press("filter.accept")
    let pane = harness.state.cases
    return (0..<pane.list.order.count).compactMap { pane.record(atRow: $0) }
  }

  @Test func stageTermNarrowsToTheStage() {
    let harness = F.harness()
    let rows = filtered("stage:decided", in: harness)
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.record.stage == .decided })
    #expect(rows.count == F.cases(at: .decided).count)
  }

  @Test func officerTermNarrowsToTheOfficersCases() throws {
    let harness = F.harness()
    let all = harness.state.cases.records
    let officer = try #require(all.first { !$0.record.officers.isEmpty }?.record.officers.first)
    let name = try #require(harness.state.domain.staff[officer]?.name)
    let rows = filtered("officer:" + name, in: harness)
    let expected = all.filter { $0.officerNames.contains(name) }
    #expect(!rows.isEmpty)
    #expect(rows.count < all.count)
    #expect(Set(rows.map(\.id)) == Set(expected.map(\.id)))
  }

  @Test func overdueTermNarrowsToOverdueCases() {
    let harness = F.harness()
    let all = harness.state.cases.records
    let rows = filtered("overdue:yes", in: harness)
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.isOverdue })
    #expect(rows.count == all.filter { $0.isOverdue }.count)
  }

  @Test func decisionTermNarrowsToTheDecisionKind() {
    let harness = F.harness()
    let all = harness.state.cases.records
    let rows = filtered("decision:noPenaltyMinor", in: harness)
    let expected = all.filter { $0.record.decision?.decision.kind == .noPenaltyMinor }
    #expect(!expected.isEmpty)
    #expect(Set(rows.map(\.id)) == Set(expected.map(\.id)))
  }

  @Test func termsCombine() throws {
    let harness = F.harness()
    let all = harness.state.cases.records
    let officer = try #require(
      all.first { $0.record.stage == .enforcement && !$0.officerNames.isEmpty }?.officerNames.first)
    let rows = filtered("stage:enforcement officer:" + officer, in: harness)
    let expected = all.filter {
      $0.record.stage == .enforcement && $0.officerNames.contains(officer)
    }
    #expect(!rows.isEmpty)
    #expect(Set(rows.map(\.id)) == Set(expected.map(\.id)))
    #expect(rows.count < all.filter { $0.record.stage == .enforcement }.count)
  }
}
