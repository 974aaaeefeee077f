/// Queries on green-channel requests and visits.
public enum ServiceQueries {
  /// Requests still open, oldest first; only one commissioner's when given.
  public static func openRequests(of commissioner: StaffID? = nil, in state: DomainState)
    -> [ServiceRequest]
  {
    state.serviceRequests.values.filter {
      $0.isOpen && (commissioner == nil || $0.commissioner == commissioner)
    }.sorted { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }
  }

  /// Visits of a kind made in a period (both days included), by satisfaction (nil: not yet
  /// rated).
  public static func satisfaction(
    of kind: FollowUpVisit.Kind, from: Day, through: Day, in state: DomainState
  ) -> [FollowUpVisit.Satisfaction?: Int] {
    var counts: [FollowUpVisit.Satisfaction?: Int] = [:]
    for visit in state.followUpVisits.values
    where visit.kind == kind && visit.visitedOn >= from && visit.visitedOn <= through {
      counts[visit.satisfaction, default: 0] += 1
    }
    return counts
  }

  /// An enterprise's visits, newest first.
  public static func visits(to enterprise: EnterpriseID, in state: DomainState)
    -> [FollowUpVisit]
  {
    state.followUpVisits.values.filter { $0.enterprise == enterprise }.sorted {
      ($0.visitedOn, $0.id) > ($1.visitedOn, $1.id)
    }
  }
}
