extension DomainState {
  /// The current value of a record (nil inside when it does not exist).
  public func snapshot(of ref: RecordRef) -> RecordSnapshot {
    switch ref {
    case .staff(let id): return .staff(id, staff[id])
    case .supervisor(let id): return .supervisor(id, supervisors[id])
    case .enterprise(let id): return .enterprise(id, enterprises[id])
    case .positiveListEntry(let id): return .positiveListEntry(id, positiveList[id])
    case .inspection(let id): return .inspection(id, inspections[id])
    case .clue(let id): return .clue(id, clues[id])
    case .enforcementCase(let id): return .enforcementCase(id, cases[id])
    case .referral(let id): return .referral(id, referrals[id])
    case .serviceRequest(let id): return .serviceRequest(id, serviceRequests[id])
    case .followUpVisit(let id): return .followUpVisit(id, followUpVisits[id])
    case .rectificationTask(let id): return .rectificationTask(id, rectificationTasks[id])
    }
  }

  /// Puts a record back to a snapshot's value (removing it when the snapshot has none).
  mutating func restore(_ snapshot: RecordSnapshot) {
    switch snapshot {
    case .staff(let id, let value): staff[id] = value
    case .supervisor(let id, let value): supervisors[id] = value
    case .enterprise(let id, let value): enterprises[id] = value
    case .positiveListEntry(let id, let value): positiveList[id] = value
    case .inspection(let id, let value):
      if let approval = inspections[id]?.approval {
        inspectionDocumentNumbers["notice:" + approval.noticeNumber] = nil
        inspectionDocumentNumbers["form:" + approval.approvalFormNumber] = nil
      }
      inspections[id] = value
      if let approval = value?.approval {
        inspectionDocumentNumbers["notice:" + approval.noticeNumber] = id
        inspectionDocumentNumbers["form:" + approval.approvalFormNumber] = id
      }
    case .clue(let id, let value): clues[id] = value
    case .enforcementCase(let id, let value): cases[id] = value
    case .referral(let id, let value): referrals[id] = value
    case .serviceRequest(let id, let value): serviceRequests[id] = value
    case .followUpVisit(let id, let value): followUpVisits[id] = value
    case .rectificationTask(let id, let value): rectificationTasks[id] = value
    }
  }

  /// Removes a record (undoing its creation).
  mutating func remove(_ ref: RecordRef) {
    switch ref {
    case .staff(let id): restore(.staff(id, nil))
    case .supervisor(let id): restore(.supervisor(id, nil))
    case .enterprise(let id): restore(.enterprise(id, nil))
    case .positiveListEntry(let id): restore(.positiveListEntry(id, nil))
    case .inspection(let id): restore(.inspection(id, nil))
    case .clue(let id): restore(.clue(id, nil))
    case .enforcementCase(let id): restore(.enforcementCase(id, nil))
    case .referral(let id): restore(.referral(id, nil))
    case .serviceRequest(let id): restore(.serviceRequest(id, nil))
    case .followUpVisit(let id): restore(.followUpVisit(id, nil))
    case .rectificationTask(let id): restore(.rectificationTask(id, nil))
    }
  }
}
