extension DomainState {
  /// The operator's overdue and due-within-three-days counts (the top bar's figures).
  ///
  /// The same figures as counting `queue(for:at:)`, without building, titling or sorting its
  /// items: each record's most urgent deadline is kept in one pass, the clocks of cases the
  /// member cannot hold are not worked out, and open clues are counted straight from theirs.
  public func queueCounts(for staffID: StaffID, at now: Timestamp) -> (overdue: Int, dueSoon: Int) {
    guard let member = staff[staffID], member.isActive else { return (0, 0) }
    let roles = Set(member.roles)
    let offset = settings.utcOffset
    var overdue = 0
    var dueSoon = 0
    func count(_ item: DeadlineItem?) {
      guard let status = item?.status else { return }
      if status.isOverdue { overdue += 1 } else if status.isDueSoon { dueSoon += 1 }
    }
    func item(_ deadline: Deadline) -> DeadlineItem {
      DeadlineItem(
        deadline: deadline, status: LegalClock.status(of: deadline.due, at: now, utcOffset: offset))
    }
    func owned(_ deadline: Deadline) -> Bool {
      deadline.party == .bureau && !deadline.owners.isDisjoint(with: roles)
    }
    // A case counts by its most urgent deadline the roles must meet (the queue's first part),
    // else, when its next step waits on them, by its most urgent deadline of any kind.
    for record in cases.values where queueMayHold(record, of: staffID, roles: roles) {
      var mostUrgentOwned: DeadlineItem?
      var mostUrgent: DeadlineItem?
      for deadline in CaseRules.deadlines(for: record, in: self, calendar: calendar) {
        let current = item(deadline)
        Self.keepMoreUrgent(current, in: &mostUrgent)
        if owned(deadline) { Self.keepMoreUrgent(current, in: &mostUrgentOwned) }
      }
      if mostUrgentOwned != nil {
        count(mostUrgentOwned)
      } else if nextStepWaits(on: roles, record) {
        count(mostUrgent)
      }
    }
    // Referrals and rectification tasks count by their most urgent deadline the roles meet.
    var mostUrgentOwned: [RecordRef: DeadlineItem] = [:]
    let others =
      referralDeadlines(calendar: calendar)
      + RectificationRules.deadlines(in: self, calendar: calendar)
    for deadline in others where owned(deadline) {
      Self.keepMoreUrgent(item(deadline), in: &mostUrgentOwned[deadline.record])
    }
    for current in mostUrgentOwned.values { count(current) }
    // Every open clue is its own record with the one filing-decision clock, owned by officers.
    if roles.contains(.officer), let rule = settings.clocks[.clueFilingDecision],
      rule.party == .bureau
    {
      for clue in clues.values where clue.isOpen {
        let due = ClueRules.dueMoment(of: clue, rule: rule, in: self, calendar: calendar)
        let status = LegalClock.status(of: due, at: now, utcOffset: offset)
        if status.isOverdue { overdue += 1 } else if status.isDueSoon { dueSoon += 1 }
      }
    }
    return (overdue, dueSoon)
  }

  /// The cases in a staff member's queue (what the case pane marks as theirs), without working
  /// out any clock's standing or the rest of the queue.
  public func queuedCases(for staffID: StaffID) -> Set<CaseID> {
    guard let member = staff[staffID], member.isActive else { return [] }
    let roles = Set(member.roles)
    var result: Set<CaseID> = []
    for record in cases.values where queueMayHold(record, of: staffID, roles: roles) {
      if nextStepWaits(on: roles, record)
        || CaseRules.deadlines(for: record, in: self, calendar: calendar).contains(where: {
          $0.party == .bureau && !$0.owners.isDisjoint(with: roles)
        })
      {
        result.insert(record.id)
      }
    }
    return result
  }

  /// The open deadlines of every case, the cases in no set order (each case's own deadlines
  /// keep their order): what picking each case's governing clock needs, without sorting.
  public func openCaseDeadlines() -> [Deadline] {
    var result: [Deadline] = []
    for record in cases.values {
      result += CaseRules.deadlines(for: record, in: self, calendar: calendar)
    }
    return result
  }

  /// Keeps the more urgent of a record's deadlines (equal standings count alike).
  private static func keepMoreUrgent(_ item: DeadlineItem, in kept: inout DeadlineItem?) {
    if let current = kept, current.urgency <= item.urgency { return }
    kept = item
  }
}
