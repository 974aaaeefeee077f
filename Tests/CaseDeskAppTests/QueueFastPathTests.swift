import CaseDeskDomain
import CaseDeskTestSupport
import Testing

@testable import CaseDeskApp

/// The quick queue figures agree with the straightforward definitions on the demo bureau, for
/// every staff member and social supervisor, on days across the demo's year.
@Suite struct QueueFastPathTests {
  let domain = AppHarness.demoWorkspace.state

  /// Moments across the demo's history, at different hours (hour clocks change within a day).
  var moments: [Timestamp] {
    let offset = domain.settings.utcOffset
    return ["2025-01-20", "2025-04-01", "2025-06-30", "2025-09-15", "2025-12-20"].flatMap {
      text -> [Timestamp] in
      guard let day = Day(text) else { return [] }
      return [9, 17].map { Timestamp(day: day, hour: $0, utcOffset: offset) }
    }
  }

  var everyone: [StaffID] {
    domain.staff.keys.sorted() + domain.supervisors.keys.sorted().map { StaffID($0.raw) }
      + [StaffID("nobody")]
  }

  /// The urgency order as first written: every comparison spells out both records' names.
  static func plainlyMoreUrgent(_ lhs: DeadlineItem, than rhs: DeadlineItem) -> Bool {
    func key(_ item: DeadlineItem) -> (Int, Int, Int, String) {
      let paused = item.deadline.due == .paused ? 1 : 0
      let hours = item.status.hoursLeft ?? (item.status.daysLeft ?? Int.max / 48) * 24
      return (paused, item.status.daysLeft ?? Int.max, hours, item.deadline.record.description)
    }
    return key(lhs) < key(rhs)
  }

  /// Every open deadline sorted the straightforward way.
  func plainDeadlineItems(at now: Timestamp) -> [DeadlineItem] {
    domain.openDeadlines().map {
      DeadlineItem(
        deadline: $0,
        status: LegalClock.status(of: $0.due, at: now, utcOffset: domain.settings.utcOffset))
    }
    .sorted(by: Self.plainlyMoreUrgent)
  }

  @Test func deadlineItemsKeepTheStraightforwardOrder() {
    var records: Set<RecordRef> = []
    for now in moments {
      let plain = plainDeadlineItems(at: now)
      #expect(domain.deadlineItems(at: now) == plain)
      records.formUnion(plain.map(\.deadline.record))
      for record in records.sorted(by: { $0.description < $1.description }) {
        #expect(
          domain.deadlineItems(of: record, at: now)
            == plain.filter { $0.deadline.record == record }, "\(record) at \(now)")
      }
    }
    // The demo has clocks of every kind to compare, several on some records.
    #expect(records.contains { if case .clue = $0 { true } else { false } })
    #expect(records.contains { if case .referral = $0 { true } else { false } })
    #expect(records.contains { if case .enforcementCase = $0 { true } else { false } })
  }

  @Test func queueCountsAgreeWithCountingTheQueue() {
    var anyCounted = false
    for now in moments {
      for id in everyone {
        var overdue = 0
        var dueSoon = 0
        for item in domain.queue(for: id, at: now) {
          guard let status = item.deadline?.status else { continue }
          if status.isOverdue { overdue += 1 } else if status.isDueSoon { dueSoon += 1 }
        }
        let counts = domain.queueCounts(for: id, at: now)
        #expect(counts.overdue == overdue, "\(id) at \(now)")
        #expect(counts.dueSoon == dueSoon, "\(id) at \(now)")
        if overdue > 0 && dueSoon > 0 { anyCounted = true }
      }
    }
    #expect(anyCounted)
  }

  @Test func queuedCasesAreTheCasesOfTheQueue() {
    var anyQueued = false
    for now in moments {
      for id in everyone {
        var cases: Set<CaseID> = []
        for item in domain.queue(for: id, at: now) {
          if case .enforcementCase(let caseID) = item.record { cases.insert(caseID) }
        }
        #expect(domain.queuedCases(for: id) == cases, "\(id) at \(now)")
        anyQueued = anyQueued || !cases.isEmpty
      }
    }
    #expect(anyQueued)
  }

  @Test func caseRowsKeepTheirClockAndMineAsFirstDefined() {
    var anyMine = false
    for now in [moments[0], moments[4], moments[5], moments[9]] {
      // Each case's governing clock as first defined: the sorted case deadlines, first kept.
      var clocks: [CaseID: DeadlineItem] = [:]
      for deadline in domain.caseDeadlines(calendar: domain.calendar) {
        guard case .enforcementCase(let id) = deadline.record else { continue }
        let item = DeadlineItem(
          deadline: deadline,
          status: LegalClock.status(of: deadline.due, at: now, utcOffset: domain.settings.utcOffset)
        )
        if let current = clocks[id], !Self.plainlyMoreUrgent(item, than: current) { continue }
        clocks[id] = item
      }
      for id in everyone {
        var mine: Set<CaseID> = []
        if let supervisor = CaseSupervisor.supervisor(of: id, in: domain) {
          for record in domain.cases.values
          where CaseSupervisor.awaitsOpinion(record, of: supervisor.id) {
            mine.insert(record.id)
          }
        } else {
          for item in domain.queue(for: id, at: now) {
            if case .enforcementCase(let caseID) = item.record { mine.insert(caseID) }
          }
        }
        let rows = CaseRow.rows(of: domain, at: now, operator: id)
        #expect(!rows.isEmpty || CaseSupervisor.supervisor(of: id, in: domain) != nil)
        for row in rows {
          #expect(row.clock == clocks[row.id], "\(row.id) for \(id) at \(now)")
          #expect(row.isMine == mine.contains(row.id), "\(row.id) for \(id) at \(now)")
          anyMine = anyMine || row.isMine
        }
      }
    }
    #expect(anyMine)
  }
}
