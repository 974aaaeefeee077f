extension CaseRules {
  /// Applies one change of this area.
  static func apply(_ change: CaseChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    let stamp = ActionStamp(event)
    let id = change.caseID
    if case .caseOpened(_, let opening) = change {
      guard state.cases[id] == nil else { throw Inconsistency("case \(id) already exists") }
      state.cases[id] = EnforcementCase(id: id, opening: opening, opened: stamp)
      return
    }
    guard var record = state.cases[id] else { throw Inconsistency("no case \(id)") }
    guard allowedStages(change).contains(record.stage) else {
      throw Inconsistency("case \(id) is at stage \(record.stage.rawValue): \(change.summary.en)")
    }
    try mutate(&record, change, stamp, utcOffset: state.settings.utcOffset)
    state.cases[id] = record
  }

  private static func mutate(
    _ record: inout EnforcementCase, _ change: CaseChange, _ stamp: ActionStamp, utcOffset: Int
  ) throws(Inconsistency) {
    let id = record.id
    switch change {
    case .caseOpened: break
    case .caseFiled(_, let number, let conditions):
      record.number = number
      record.filingConditions = conditions
      record.filed = stamp
      record.stage = .filed
    case .filingWithdrawn(_, let reason):
      record.withdrawalReason = reason
      record.withdrawn = stamp
      record.stage = .withdrawn
    case .investigationStarted(_, let officers):
      guard Set(officers).count >= 2 else {
        throw Inconsistency("case \(id): fewer than 2 officers")
      }
      record.officers = officers
      record.stage = .investigation
    case .evidenceRecorded(_, let evidence):
      record.evidence.append(evidence)
    case .evidencePreserved(_, let items):
      record.preservations.append(EvidencePreservation(items: items, preserved: stamp))
    case .preservationDecided(_, let index, let outcome, let note):
      guard record.preservations.indices.contains(index),
        record.preservations[index].outcome == nil
      else { throw Inconsistency("case \(id): no open preservation \(index)") }
      record.preservations[index].outcome = outcome
      record.preservations[index].outcomeNote = note
      record.preservations[index].decided = stamp
    case .noCoercionApplied(_, let item, let reason):
      record.noCoercion.append(NoCoercionRecord(listItem: item, reason: reason, stamp: stamp))
    case .investigationReported(_, let report):
      record.report = report
      record.reported = stamp
      record.stage = .reported
    case .caseReviewed(_, let outcome):
      record.reviews.append(CaseReviewRecord(outcome: outcome, stamp: stamp))
      if outcome.isPassed {
        record.stage = .reviewed
      } else {
        sendBack(&record)
      }
    case .flagsSet(_, let flags):
      record.flags = flags
    case .priorNoticeGiven(_, let notice):
      record.priorNotice = PriorNoticeRecord(notice: notice, round: record.round, stamp: stamp)
      record.hearing = nil
      record.stage = .notified
    case .statementRecorded(_, let text, let waives):
      record.statements.append(PartyStatement(text: text, waivesHearing: waives, stamp: stamp))
    case .hearingRequested(_, let day):
      record.hearing = HearingRecord(requestedOn: day, requested: stamp)
      record.stage = .hearing
    case .hearingScheduled(_, let hearingOn, let servedOn):
      guard record.hearing != nil else { throw Inconsistency("case \(id): no hearing request") }
      record.hearing?.scheduledFor = hearingOn
      record.hearing?.noticeServedOn = servedOn
    case .hearingHeld(_, let heldOn, let text):
      guard record.hearing?.scheduledFor != nil else {
        throw Inconsistency("case \(id): hearing not scheduled")
      }
      record.hearing?.heldOn = heldOn
      record.hearing?.record = text
    case .legalReviewRecorded(_, let checklist, let outcome):
      record.legalReviews.append(
        LegalReviewRecord(checklist: checklist, outcome: outcome, round: record.round, stamp: stamp)
      )
      if outcome.isPassed {
        record.stage = .legalReviewed
      } else {
        sendBack(&record)
      }
    case .collectiveDiscussionRecorded(_, let heldOn, let minutes, let conclusion):
      record.discussions.append(
        CollectiveDiscussion(
          heldOn: heldOn, minutes: minutes, conclusion: conclusion, round: record.round,
          stamp: stamp))
      record.stage = .discussed
    case .extensionGranted(_, let days, let reason, let minutes):
      record.extensions.append(
        CaseExtension(days: days, reason: reason, collectiveMinutes: minutes, stamp: stamp))
    case .clockPaused(_, let kind, let reason, let day):
      guard record.openPause == nil else { throw Inconsistency("case \(id): a pause is open") }
      record.pauses.append(ClockPause(kind: kind, reason: reason, start: day, started: stamp))
    case .clockResumed(_, let day):
      guard let index = record.pauses.lastIndex(where: \.isOpen) else {
        throw Inconsistency("case \(id): no open pause")
      }
      record.pauses[index].end = day
      record.pauses[index].ended = stamp
    case .decisionMade(_, let decision, let number, let day, let referral):
      if let previous = record.decision { record.supersededDecisions.append(previous) }
      record.decision = DecisionRecord(
        decision: decision, documentNumber: number, decidedOn: day, referral: referral,
        stamp: stamp)
      record.stage = .decided
    case .decisionServed(_, let day, let way):
      record.service = ServiceRecord(servedOn: day, way: way, stamp: stamp)
      record.stage = .served
    case .paymentRecorded(_, let amount, let day, let receipt):
      record.payments.append(
        Payment(amountFen: amount, paidOn: day, receipt: receipt, stamp: stamp))
      record.stage = .enforcement
    case .instalmentsApproved(_, let plan):
      record.instalments = plan
      record.stage = .enforcement
    case .enforcementRecorded(_, let action):
      record.enforcement.append(EnforcementRecord(action: action, stamp: stamp))
      record.stage = .enforcement
    case .recheckRecorded(_, let day, let held, let note):
      record.rechecks.append(
        RecheckRecord(checkedOn: day, correctionHeld: held, note: note, stamp: stamp))
    case .caseClosed:
      record.closed = stamp
      record.stage = .closed
    case .caseArchived:
      record.archived = stamp
      record.stage = .archived
    case .supervisorInvited(_, let supervisor):
      guard !record.supervisors.contains(where: { $0.supervisor == supervisor }) else {
        throw Inconsistency("case \(id): \(supervisor) already invited")
      }
      record.supervisors.append(SupervisorParticipation(supervisor: supervisor, invited: stamp))
    case .supervisorOpinionAdded(_, let supervisor, let opinion):
      guard let index = record.supervisors.firstIndex(where: { $0.supervisor == supervisor })
      else { throw Inconsistency("case \(id): \(supervisor) not invited") }
      record.supervisors[index].opinion = opinion
      record.supervisors[index].opinionStamp = stamp
    }
  }

  /// Sends a case back to investigation for a new round.
  private static func sendBack(_ record: inout EnforcementCase) {
    record.round += 1
    record.stage = .investigation
  }
}
