/// A reference to any record, by kind and id: what an event touched, what a deadline is for,
/// where the status card links to.
public enum RecordRef: Hashable, Sendable, CustomStringConvertible {
  case staff(StaffID)
  case supervisor(SupervisorID)
  case enterprise(EnterpriseID)
  case positiveListEntry(EnterpriseID)
  case inspection(InspectionID)
  case clue(ClueID)
  case enforcementCase(CaseID)
  case referral(ReferralID)
  case serviceRequest(ServiceRequestID)
  case followUpVisit(FollowUpVisitID)
  case rectificationTask(RectificationTaskID)

  public var description: String {
    switch self {
    case .staff(let id): return "staff:\(id)"
    case .supervisor(let id): return "supervisor:\(id)"
    case .enterprise(let id): return "enterprise:\(id)"
    case .positiveListEntry(let id): return "positive:\(id)"
    case .inspection(let id): return "inspection:\(id)"
    case .clue(let id): return "clue:\(id)"
    case .enforcementCase(let id): return "case:\(id)"
    case .referral(let id): return "referral:\(id)"
    case .serviceRequest(let id): return "request:\(id)"
    case .followUpVisit(let id): return "visit:\(id)"
    case .rectificationTask(let id): return "rectification:\(id)"
    }
  }
}
