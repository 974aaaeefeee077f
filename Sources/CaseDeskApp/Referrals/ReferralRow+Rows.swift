import CaseDeskDomain

extension ReferralRow {
  /// Every referral as a row, most urgent first: overdue, then by time left; referrals with
  /// no open deadline after, newest first.
  public static func rows(of state: DomainState, at now: Timestamp) -> [ReferralRow] {
    var clocks: [ReferralID: DeadlineItem] = [:]
    for item in deadlineItems(of: state, at: now) {
      guard case .referral(let id) = item.deadline.record else { continue }
      if let current = clocks[id], !DeadlineItem.isMoreUrgent(item, than: current) { continue }
      clocks[id] = item
    }
    let rows = state.referrals.values.map { record in
      let enforcementCase = state.cases[record.caseID]
      return ReferralRow(
        record: record,
        caseNumber: enforcementCase?.number?.description ?? record.caseID.raw,
        enterpriseName: state.enterprises[record.enterprise]?.name ?? "",
        clock: clocks[record.id])
    }
    return rows.sorted(by: isMoreUrgent)
  }

  /// The open deadlines of every referral with their standing at `now`, most urgent first
  /// (only the referrals' clocks are worked out, not the whole workspace's).
  public static func deadlineItems(of state: DomainState, at now: Timestamp) -> [DeadlineItem] {
    items(state.referralDeadlines(calendar: state.calendar), in: state, at: now)
  }

  /// The open deadlines of one referral, on either side, most urgent first.
  public static func deadlineItems(
    ofReferral id: ReferralID, in state: DomainState, at now: Timestamp
  ) -> [DeadlineItem] {
    items(state.deadlines(ofReferral: id, calendar: state.calendar), in: state, at: now)
  }

  /// How many referrals have an overdue deadline, on the bureau's side or the police's (the
  /// top bar's referral alarm).
  public static func overdueCount(of state: DomainState, at now: Timestamp) -> Int {
    var overdue: Set<RecordRef> = []
    for item in deadlineItems(of: state, at: now) where item.status.isOverdue {
      overdue.insert(item.deadline.record)
    }
    return overdue.count
  }

  private static func items(_ deadlines: [Deadline], in state: DomainState, at now: Timestamp)
    -> [DeadlineItem]
  {
    deadlines.map {
      DeadlineItem(
        deadline: $0,
        status: LegalClock.status(of: $0.due, at: now, utcOffset: state.settings.utcOffset))
    }
    .sorted(by: DeadlineItem.isMoreUrgent)
  }

  /// The urgency order of the pane.
  static func isMoreUrgent(_ lhs: ReferralRow, than rhs: ReferralRow) -> Bool {
    switch (lhs.clock, rhs.clock) {
    case (let left?, let right?):
      if DeadlineItem.isMoreUrgent(left, than: right) { return true }
      if DeadlineItem.isMoreUrgent(right, than: left) { return false }
      return lhs.id.raw < rhs.id.raw
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil):
      return (lhs.record.drafted.time, lhs.id.raw) > (rhs.record.drafted.time, rhs.id.raw)
    }
  }
}
