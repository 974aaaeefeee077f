extension PositiveListRules {
  /// Applies one change of this area, keeping `Enterprise.positiveList` in step.
  static func apply(_ change: PositiveListChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    let id = change.enterprise
    guard state.enterprises[id] != nil else { throw Inconsistency("no enterprise \(id)") }
    var entry = state.positiveList[id] ?? PositiveListEntry(id: id)
    func step(
      _ kind: PositiveListEntry.Step.Kind, _ status: PositiveListStatus, _ day: Day,
      reason: PositiveListEntry.Reason? = nil, note: String = "",
      assessment: PositiveListEntry.Assessment? = nil, next: Day? = nil
    ) {
      entry.history.append(
        PositiveListEntry.Step(
          kind: kind, status: status, day: day, actor: event.actor, time: event.time,
          reason: reason, note: note, assessment: assessment, nextReviewOn: next))
      entry.status = status
    }
    switch change {
    case .admissionProposed(_, let assessment, let day, let next, let note):
      guard entry.status == .notListed || entry.status == .removed else {
        throw Inconsistency("positive-list entry \(id) cannot be proposed")
      }
      entry.pendingAdmission = PositiveListEntry.PendingAdmission(
        assessment: assessment, proposedBy: event.actor, proposedOn: day, nextReviewOn: next,
        previousStatus: entry.status)
      step(.proposed, .candidate, day, note: note, assessment: assessment, next: next)
    case .admitted(_, let assessment, let day, let next, let note):
      guard entry.status == .notListed || entry.status == .removed else {
        throw Inconsistency("positive-list entry \(id) cannot be admitted")
      }
      step(.admitted, .listed, day, note: note, assessment: assessment, next: next)
      entry.listedSince = day
      entry.nextReviewOn = next
    case .admissionApproved(_, let assessment, let day, let note):
      guard entry.status == .candidate, let pending = entry.pendingAdmission else {
        throw Inconsistency("positive-list entry \(id) awaits no approval")
      }
      step(.approved, .listed, day, note: note, assessment: assessment, next: pending.nextReviewOn)
      entry.listedSince = day
      entry.nextReviewOn = pending.nextReviewOn
      entry.pendingAdmission = nil
    case .admissionRejected(_, let day, let reason):
      guard entry.status == .candidate, let pending = entry.pendingAdmission else {
        throw Inconsistency("positive-list entry \(id) awaits no approval")
      }
      step(.rejected, pending.previousStatus, day, note: reason)
      entry.pendingAdmission = nil
    case .suspended(_, let reason, let day):
      guard entry.status == .listed else {
        throw Inconsistency("positive-list entry \(id) is not listed")
      }
      step(.suspended, .suspended, day, reason: reason)
    case .restored(_, let day, let note, let next):
      guard entry.status == .suspended else {
        throw Inconsistency("positive-list entry \(id) is not suspended")
      }
      step(.restored, .listed, day, note: note, next: next)
      entry.listedSince = day
      if let next { entry.nextReviewOn = next }
    case .removed(_, let reason, let day):
      guard entry.status == .listed || entry.status == .suspended else {
        throw Inconsistency("positive-list entry \(id) is not on the list")
      }
      step(.removed, .removed, day, reason: reason)
      entry.listedSince = nil
      entry.nextReviewOn = nil
    case .reviewed(_, let day, let next, let note):
      guard entry.status == .listed || entry.status == .suspended else {
        throw Inconsistency("positive-list entry \(id) is not on the list")
      }
      step(.reviewed, entry.status, day, note: note, next: next)
      entry.nextReviewOn = next
    }
    state.positiveList[id] = entry
    state.enterprises[id]?.positiveList = entry.status
  }
}
