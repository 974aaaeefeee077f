import CaseDeskDomain

extension DomainState {
  /// Puts one snapshot record into the state while loading a snapshot.
  mutating func restoreForLoad(_ snapshot: RecordSnapshot) {
    switch snapshot {
    case .staff(let id, let value): staff[id] = value
    case .supervisor(let id, let value): supervisors[id] = value
    case .enterprise(let id, let value): enterprises[id] = value
    case .positiveListEntry(let id, let value): positiveList[id] = value
    case .inspection(let id, let value): inspections[id] = value
    case .clue(let id, let value): clues[id] = value
    case .enforcementCase(let id, let value): cases[id] = value
    case .referral(let id, let value): referrals[id] = value
    case .serviceRequest(let id, let value): serviceRequests[id] = value
    case .followUpVisit(let id, let value): followUpVisits[id] = value
    case .rectificationTask(let id, let value): rectificationTasks[id] = value
    }
  }
}
