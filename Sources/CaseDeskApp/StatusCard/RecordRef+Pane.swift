import CaseDeskDomain

extension RecordRef {
  /// The pane that lists records of this kind.
  public var pane: PaneID {
    switch self {
    case .staff, .supervisor, .enterprise: return .enterprises
    case .positiveListEntry: return .positiveList
    case .inspection: return .inspections
    case .clue: return .clues
    case .enforcementCase: return .cases
    case .referral: return .referrals
    case .serviceRequest, .followUpVisit: return .service
    case .rectificationTask: return .rectification
    }
  }
}
