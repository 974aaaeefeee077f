import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The pane's days left across the 2025 National Day holiday: the 7 working days to decide on
/// preserved evidence (行政处罚法 第五十六条) skip the holiday and count the make-up Saturday.
@Suite struct CaseClockTests {
  typealias F = CasesFixture
  static let preservedOn = Day(year: 2025, month: 9, day: 29)

  /// A harness on `today` where evidence of a case under investigation was preserved on
  /// Monday 29 September 2025, the day before the holiday eve; returns the case too.
  static func preserved(today: String) throws -> (AppHarness, CaseID) {
    let record = try #require(F.cases(at: .investigation).first { $0.officers.count >= 2 })
    let officer = try #require(record.officers.first)
    let harness = F.harness(operator: officer, today: today)
    let day = try #require(preservedOn)
    let time = Timestamp(
      day: day, hour: 10, utcOffset: harness.state.domain.settings.utcOffset)
    let events = try harness.store.make(
      .enforcementCase(.preserveEvidence(record.id, items: "废水采样瓶 3 只")), by: .staff(officer),
      at: time)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    harness.press("pane.cases")
    return (harness, record.id)
  }

  /// The preservation deadline of a case as the domain has it.
  static func preservation(_ id: CaseID, in state: AppState) -> DeadlineItem? {
    state.domain.deadlineItems(of: .enforcementCase(id), at: state.now).first {
      $0.deadline.rule == .evidencePreservation
    }
  }

  /// Seven working days after a day, counted one by one on the calendar.
  static func sevenWorkingDays(after day: Day, calendar: WorkingDayCalendar) -> Day {
    var current = day
    var counted = 0
    while counted < 7 {
      current = current.adding(days: 1)
      if calendar.isWorkingDay(current) { counted += 1 }
    }
    return current
  }

  @Test func theDueDaySkipsTheHolidayAndCountsTheMakeUpWorkday() throws {
    let (harness, id) = try Self.preserved(today: "2025-09-30")
    let item = try #require(Self.preservation(id, in: harness.state))
    let start = try #require(Self.preservedOn)
    let due = Self.sevenWorkingDays(after: start, calendar: harness.state.domain.calendar)
    #expect(due == Day(year: 2025, month: 10, day: 15))
    #expect(item.deadline.due == .endOfDay(due))
    #expect(item.status.daysLeft == 15)
    #expect(!item.status.isOverdue && !item.status.isDueSoon)
  }

  @Test(arguments: [("2025-09-30", 15), ("2025-10-08", 7), ("2025-10-13", 2), ("2025-10-16", -1)])
  func thePaneShowsTheDomainsDaysLeft(_ today: String, _ left: Int) throws {
    let (harness, id) = try Self.preserved(today: today)
    let item = try #require(Self.preservation(id, in: harness.state))
    #expect(item.status.daysLeft == left)
    #expect(item.status.isOverdue == (left < 0))
    #expect(item.status.isDueSoon == (left >= 0 && left <= 3))
    let row = try #require(harness.state.cases.allRows.first { $0.id == id })
    let strings = harness.state.strings
    let text = CaseDetailView.lines(row, state: harness.state).map(\.text).joined(separator: "\n")
    let expected =
      left < 0
      ? strings.format(.cardOverdue, "\(-left)") : strings.format(.cardDaysLeft, "\(left)")
    let line = try #require(text.split(separator: "\n").first { $0.contains("2025-10-15") })
    #expect(line.contains(expected))
    #expect(line.contains(strings[.cardWorkingDays]))
    if let clock = row.clock, clock.deadline.rule == .evidencePreservation {
      #expect(clock.status == item.status)
    }
    if left < 0 { #expect(row.isOverdue) }
  }

  @Test func theDetailShowsTheDecisionClocksHistory() throws {
    let record = try #require(F.cases(at: .investigation).first { $0.officers.count >= 2 })
    let officer = try #require(record.officers.first)
    let approver = try #require(
      F.demo.staff.values.filter { $0.isActive && $0.roles.contains(.approver) }.map(\.id).sorted()
        .first)
    let harness = F.harness(operator: officer)
    let offset = harness.state.domain.settings.utcOffset
    func at(_ text: String) throws -> Timestamp {
      Timestamp(day: try #require(Day(text)), hour: 10, utcOffset: offset)
    }
    let before = try #require(
      harness.state.domain.deadlineItems(of: .enforcementCase(record.id), at: harness.state.now)
        .first { $0.deadline.rule == .caseDecision })
    var events = try harness.store.make(
      .enforcementCase(.grantExtension(record.id, reason: "需补充监测", collectiveMinutes: "")),
      by: .staff(approver), at: try at("2025-12-01"))
    events += try harness.store.make(
      .enforcementCase(
        .pauseClock(record.id, .testing, reason: "委托检测", on: try #require(Day("2025-12-02")))),
      by: .staff(officer), at: try at("2025-12-02"))
    events += try harness.store.make(
      .enforcementCase(.resumeClock(record.id, on: try #require(Day("2025-12-09")))),
      by: .staff(officer), at: try at("2025-12-09"))
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    let after = try #require(
      harness.state.domain.deadlineItems(of: .enforcementCase(record.id), at: harness.state.now)
        .first { $0.deadline.rule == .caseDecision })
    let beforeDays = try #require(before.status.daysLeft)
    let afterDays = try #require(after.status.daysLeft)
    #expect(afterDays > beforeDays + 30)
    let row = try #require(harness.state.cases.allRows.first { $0.id == record.id })
    let lines = CaseDetailView.lines(row, state: harness.state)
    let head = lines.filter { $0.section == .head }.map(\.text)
    let strings = harness.state.strings
    let approverName = try #require(harness.state.domain.staff[approver]?.name)
    #expect(head.contains { $0.contains(strings.format(.cardDaysLeft, "\(afterDays)")) })
    #expect(head.contains { $0.contains("延期 30 天") && $0.contains(approverName) })
    #expect(head.contains { $0.contains("检测 2025-12-02至2025-12-09") })
    let timeline = lines.filter { $0.section == .timeline }.map(\.text)
    #expect(timeline.contains { $0.hasPrefix("2025-12-02") && $0.contains("委托检测") })
    #expect(timeline.contains { $0.hasPrefix("2025-12-09") && $0.contains("检测结束") })
  }
}
