import CaseDeskDomain

extension CaseRow {
  /// Every case as a row, most urgent first: overdue, then by time left; cases without a
  /// running clock after, newest first.
  ///
  /// One pass over the cases' open deadlines picks each case's governing clock; "mine" is the
  /// operator's queue (`DomainState.queuedCases(for:)`, the cases of `queue(for:at:)`). A
  /// social supervisor sees only the cases they are invited to, and their queue is the cases
  /// awaiting their opinion.
  public static func rows(of state: DomainState, at now: Timestamp, operator staffID: StaffID)
    -> [CaseRow]
  {
    var clocks: [CaseID: DeadlineItem] = [:]
    for deadline in state.openCaseDeadlines() {
      guard case .enforcementCase(let id) = deadline.record else { continue }
      let status = LegalClock.status(of: deadline.due, at: now, utcOffset: state.settings.utcOffset)
      let item = DeadlineItem(deadline: deadline, status: status)
      if let current = clocks[id], !DeadlineItem.isMoreUrgent(item, than: current) { continue }
      clocks[id] = item
    }
    let supervisor = CaseSupervisor.supervisor(of: staffID, in: state)
    var mine: Set<CaseID> = []
    if let supervisor {
      for record in state.cases.values where CaseSupervisor.awaitsOpinion(record, of: supervisor.id)
      {
        mine.insert(record.id)
      }
    } else {
      mine = state.queuedCases(for: staffID)
    }
    var openByEnterprise: [EnterpriseID: [EnforcementCase]] = [:]
    for record in state.cases.values
    where ![.closed, .archived, .withdrawn].contains(record.stage) {
      openByEnterprise[record.enterprise, default: []].append(record)
    }
    let shown = state.cases.values.filter { record in
      supervisor.map { invited in record.supervisors.contains { $0.supervisor == invited.id } }
        ?? true
    }
    let rows = shown.map { record in
      CaseRow(
        record: record, enterpriseName: state.enterprises[record.enterprise]?.name ?? "",
        officerNames: record.officers.map { state.staff[$0]?.name ?? $0.raw },
        clock: clocks[record.id], isMine: mine.contains(record.id),
        otherOpenCases: (openByEnterprise[record.enterprise] ?? [])
          .filter { $0.id != record.id }.sorted { $0.id < $1.id }
          .map { $0.number?.description ?? $0.id.raw })
    }
    return rows.sorted(by: isMoreUrgent)
  }

  /// The urgency order of the pane.
  static func isMoreUrgent(_ lhs: CaseRow, than rhs: CaseRow) -> Bool {
    switch (lhs.clock, rhs.clock) {
    case (let left?, let right?):
      if DeadlineItem.isMoreUrgent(left, than: right) { return true }
      if DeadlineItem.isMoreUrgent(right, than: left) { return false }
      return lhs.id < rhs.id
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil):
      return (lhs.record.opened.time, lhs.id.raw) > (rhs.record.opened.time, rhs.id.raw)
    }
  }
}
