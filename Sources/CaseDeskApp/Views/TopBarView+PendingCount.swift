import CaseDeskDomain

extension TopBarView {
  /// The top bar's pending count for an operator: their overdue and due-within-three-days
  /// items, and for a social supervisor also the case reviews still awaiting their opinion.
  static func pendingCount(for staffID: StaffID, in domain: DomainState, at now: Timestamp)
    -> Int
  {
    let counts = domain.queueCounts(for: staffID, at: now)
    var count = counts.overdue + counts.dueSoon
    if let supervisor = CaseSupervisor.supervisor(of: staffID, in: domain) {
      count += domain.cases.values.reduce(0) { total, record in
        let waits = !record.isArchived && CaseSupervisor.awaitsOpinion(record, of: supervisor.id)
        return total + (waits ? 1 : 0)
      }
    }
    return count
  }
}
