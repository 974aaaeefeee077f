/// One record's whole value at a moment (nil when it did not exist), for undo.
public enum RecordSnapshot: Equatable, Sendable {
  case staff(StaffID, StaffMember?)
  case supervisor(SupervisorID, SocialSupervisor?)
  case enterprise(EnterpriseID, Enterprise?)
  case positiveListEntry(EnterpriseID, PositiveListEntry?)
  case inspection(InspectionID, Inspection?)
  case clue(ClueID, Clue?)
  case enforcementCase(CaseID, EnforcementCase?)
  case referral(ReferralID, Referral?)
  case serviceRequest(ServiceRequestID, ServiceRequest?)
  case followUpVisit(FollowUpVisitID, FollowUpVisit?)
  case rectificationTask(RectificationTaskID, RectificationTask?)

  /// The record this snapshot is of.
  public var ref: RecordRef {
    switch self {
    case .staff(let id, _): return .staff(id)
    case .supervisor(let id, _): return .supervisor(id)
    case .enterprise(let id, _): return .enterprise(id)
    case .positiveListEntry(let id, _): return .positiveListEntry(id)
    case .inspection(let id, _): return .inspection(id)
    case .clue(let id, _): return .clue(id)
    case .enforcementCase(let id, _): return .enforcementCase(id)
    case .referral(let id, _): return .referral(id)
    case .serviceRequest(let id, _): return .serviceRequest(id)
    case .followUpVisit(let id, _): return .followUpVisit(id)
    case .rectificationTask(let id, _): return .rectificationTask(id)
    }
  }
}
