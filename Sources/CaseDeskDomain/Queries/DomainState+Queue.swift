extension DomainState {
  /// What waits on a staff member's roles ("my queue"), most urgent first.
  ///
  /// The bureau's deadlines whose owners include one of the member's roles; cases whose next
  /// step is the member's (officers see only the cases they investigate); inspections and
  /// positive-list admissions awaiting an approver (never the proposer's own); requests
  /// assigned to the member as commissioner. Inactive or unknown members have an empty queue.
  public func queue(for staffID: StaffID, at now: Timestamp) -> [QueueItem] {
    guard let member = staff[staffID], member.isActive else { return [] }
    let roles = Set(member.roles)
    var items: [QueueItem] = []
    var seen: Set<RecordRef> = []
    let deadlines = deadlineItems(at: now)
    var firstDeadline: [RecordRef: DeadlineItem] = [:]
    for item in deadlines where firstDeadline[item.deadline.record] == nil {
      firstDeadline[item.deadline.record] = item
    }
    func mine(_ caseID: CaseID) -> Bool {
      guard let record = cases[caseID] else { return false }
      return queueMayHold(record, of: staffID, roles: roles)
    }
    for item in deadlines where item.deadline.party == .bureau {
      guard !item.deadline.owners.isDisjoint(with: roles) else { continue }
      if case .enforcementCase(let id) = item.deadline.record, !mine(id) { continue }
      guard seen.insert(item.deadline.record).inserted else { continue }
      items.append(
        QueueItem(record: item.deadline.record, task: item.deadline.title, deadline: item))
    }
    for record in cases.values.sorted(by: { $0.id < $1.id }) {
      let ref = RecordRef.enforcementCase(record.id)
      guard !seen.contains(ref), nextStepWaits(on: roles, record), mine(record.id) else {
        continue
      }
      seen.insert(ref)
      items.append(
        QueueItem(record: ref, task: record.stage.nextStepTitle, deadline: firstDeadline[ref]))
    }
    if roles.contains(.approver) {
      for inspection in inspectionsAwaitingApproval() {
        let ref = RecordRef.inspection(inspection.id)
        guard seen.insert(ref).inserted else { continue }
        items.append(
          QueueItem(
            record: ref, task: LocalizedText(zh: "审批检查计划", en: "Approve the inspection plan"),
            deadline: nil))
      }
      for entry in PositiveListQueries.awaitingApproval(in: self) {
        if case .staff(staffID) = entry.pendingAdmission?.proposedBy { continue }
        let ref = RecordRef.positiveListEntry(entry.id)
        guard seen.insert(ref).inserted else { continue }
        items.append(
          QueueItem(
            record: ref, task: LocalizedText(zh: "审批正面清单纳入", en: "Approve the admission"),
            deadline: nil))
      }
    }
    if roles.contains(.commissioner) {
      for request in ServiceQueries.openRequests(of: staffID, in: self)
      where request.answeredOn == nil {
        let ref = RecordRef.serviceRequest(request.id)
        guard seen.insert(ref).inserted else { continue }
        items.append(
          QueueItem(
            record: ref, task: LocalizedText(zh: "答复企业诉求", en: "Answer the request"),
            deadline: nil))
      }
    }
    return items.enumerated().sorted { a, b in
      switch (a.element.deadline, b.element.deadline) {
      case (let x?, let y?): return DeadlineItem.isMoreUrgent(x, than: y)
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }.map(\.element)
  }

  /// Whether a member with `roles` may see a case in their queue at all: officers (who are
  /// neither approvers nor legal reviewers) see only the cases they investigate.
  func queueMayHold(_ record: EnforcementCase, of staffID: StaffID, roles: Set<StaffRole>)
    -> Bool
  {
    if roles.contains(.officer) && !roles.contains(.approver) && !roles.contains(.legalReviewer)
      && !record.officers.isEmpty
    {
      return record.officers.contains(staffID)
    }
    return true
  }

  /// Whether a case waits on the member's roles for its next step (the queue's second part).
  func nextStepWaits(on roles: Set<StaffRole>, _ record: EnforcementCase) -> Bool {
    !record.nextActors.isDisjoint(with: roles) && record.stage != .closed
      && record.stage != .withdrawn && !record.isArchived
  }
}
