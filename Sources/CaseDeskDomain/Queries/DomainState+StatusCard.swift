extension DomainState {
  /// The status card of an enterprise at `now`, or nil when it is not registered.
  public func statusCard(of id: EnterpriseID, at now: Timestamp) -> EnterpriseStatusCard? {
    guard let enterprise = enterprises[id] else { return nil }
    let entry = positiveList[id]
    let items = deadlineItems(at: now)
    func urgent(_ ref: RecordRef) -> DeadlineItem? { items.first { $0.deadline.record == ref } }
    let openCases = cases.values
      .filter {
        $0.enterprise == id && $0.stage != .closed && $0.stage != .archived
          && $0.stage != .withdrawn
      }
      .sorted { $0.id < $1.id }
      .map {
        EnterpriseStatusCard.CaseLine(
          id: $0.id, number: $0.number, violation: $0.violation, stage: $0.stage,
          deadline: urgent(.enforcementCase($0.id)))
      }
    let referralLines = referrals.values.filter { $0.enterprise == id }
      .sorted { $0.id < $1.id }
      .map {
        EnterpriseStatusCard.ReferralLine(
          id: $0.id, kind: $0.kind, stage: $0.stage, deadline: urgent(.referral($0.id)))
      }
    let visits = ServiceQueries.visits(to: id, in: self).sorted {
      ($0.visitedOn, $0.id) > ($1.visitedOn, $1.id)
    }
    let rated = visits.compactMap(\.satisfaction)
    let satisfied = rated.filter { $0 != .notSatisfied }.count
    return EnterpriseStatusCard(
      enterprise: enterprise, positiveList: entry?.status ?? enterprise.positiveList,
      listedSince: entry?.listedSince, nextReview: entry?.nextReviewOn,
      commissioner: enterprise.commissioner.flatMap { staff[$0] }, openCases: openCases,
      referrals: referralLines, lastInspection: lastInspection(of: id),
      openClues: openClues(of: id),
      openRequests: serviceRequests.values.filter { $0.enterprise == id && $0.isOpen }
        .sorted { $0.id < $1.id },
      visits: visits,
      visitSatisfaction: rated.isEmpty ? nil : Double(satisfied) / Double(rated.count),
      pendingHealthCheckForms: pendingHealthCheckForms(of: id),
      rectificationTasks: rectificationTasks(linkedTo: id))
  }
}
