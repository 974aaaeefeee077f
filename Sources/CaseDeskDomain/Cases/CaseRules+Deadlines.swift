extension CaseRules {
  /// The open deadlines of every case, each with the roles that must act next.
  static func deadlines(in state: DomainState, calendar: WorkingDayCalendar) -> [Deadline] {
    state.cases.values.sorted { $0.id < $1.id }.flatMap {
      deadlines(for: $0, in: state, calendar: calendar)
    }
  }

  /// The open deadlines of one case.
  static func deadlines(
    for record: EnforcementCase, in state: DomainState, calendar: WorkingDayCalendar
  ) -> [Deadline] {
    let offset = state.settings.utcOffset
    let ref = RecordRef.enforcementCase(record.id)
    var result: [Deadline] = []
    func add(
      _ id: DeadlineRuleID, start: Timestamp, owners: Set<StaffRole>, extensions: Int = 0,
      excluded: [ExcludedPeriod] = []
    ) {
      let rule = CaseClocks.rule(id, in: state)
      let due = LegalClock.due(
        rule, start: start, extensionsGranted: extensions, excluded: excluded,
        calendar: calendar, utcOffset: offset)
      result.append(
        Deadline(
          record: ref, rule: id, title: rule.title, party: rule.party, owners: owners,
          start: start, due: due))
    }
    if [.closed, .archived, .withdrawn].contains(record.stage) { return [] }
    // A case opened on a clue keeps the clue's filing-decision clock until it is filed: the
    // approval of the filing is what it waits for.
    if record.stage == .opened, case .clue(let id) = record.source, let clue = state.clues[id] {
      add(
        .clueFilingDecision, start: clue.receivedAt, owners: [.approver],
        extensions: clue.filingExtension == nil ? 0 : 1)
    }
    if let filed = record.filed, decisionClockRuns(record, in: state) {
      add(
        .caseDecision, start: filed.time, owners: [.officer, .approver],
        extensions: record.extensions.count, excluded: excludedPeriods(record, in: state))
    }
    for preservation in record.preservations where preservation.outcome == nil {
      add(.evidencePreservation, start: preservation.preserved.time, owners: [.officer])
    }
    if record.stage == .notified, let notice = record.currentNotice, notice.hearingRight,
      record.hearing == nil, !record.hearingWaived
    {
      add(
        .hearingRequest, start: Timestamp(day: notice.servedOn, hour: 12, utcOffset: offset),
        owners: [.officer])
    }
    if let decision = record.decision, record.service == nil, decision.decision.kind != .referral {
      add(.decisionService, start: decision.stamp.time, owners: [.clerk, .officer])
    }
    if record.service != nil, record.outstandingFineFen > 0,
      let due = record.paymentDueDay(in: state), let service = record.service
    {
      let rule = CaseClocks.rule(.finePayment, in: state)
      result.append(
        Deadline(
          record: ref, rule: .finePayment, title: rule.title, party: rule.party,
          owners: [.clerk, .officer],
          start: Timestamp(day: service.servedOn, hour: 12, utcOffset: offset),
          due: .endOfDay(due)))
    }
    return result
  }

  /// Whether the decision clock runs: filed, not decided, or decided to refer while the police
  /// have not (yet) taken the referral.
  static func decisionClockRuns(_ record: EnforcementCase, in state: DomainState) -> Bool {
    guard record.filed != nil, CaseStage.beforeDecision.union([.decided]).contains(record.stage)
    else { return false }
    guard let decision = record.decision else { return true }
    guard decision.decision.kind == .referral else { return false }
    guard let id = decision.referral, let referral = state.referrals[id] else { return true }
    return !referral.policeTookIt
  }

  /// The periods the decision clock does not count: pauses (suspension, announcement, testing,
  /// assessment), the hearing (request to hearing), and referral time (hand-over to the police's
  /// decision, or to the referral's end).
  static func excludedPeriods(_ record: EnforcementCase, in state: DomainState)
    -> [ExcludedPeriod]
  {
    let offset = state.settings.utcOffset
    var periods = record.pauses.map(\.excludedPeriod)
    if let hearing = record.hearing {
      periods.append(
        ExcludedPeriod(
          start: hearing.requestedOn, end: hearing.heldOn,
          reason: LocalizedText(zh: "听证", en: "hearing")))
    }
    for id in record.referrals {
      guard let referral = state.referrals[id], let handOver = referral.handOver else { continue }
      let end =
        referral.policeDecision?.decidedOn
        ?? referral.closed?.time.day(utcOffset: offset)
      periods.append(
        ExcludedPeriod(
          start: handOver.handedOverAt.day(utcOffset: offset), end: end,
          reason: LocalizedText(zh: "移送", en: "referral")))
    }
    return periods.sorted { $0.start < $1.start }
  }
}
