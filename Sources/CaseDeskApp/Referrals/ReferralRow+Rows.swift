import CaseDeskDomain

extension ReferralRow {
  /// Every referral as a row, most urgent first: overdue, then by time left; referrals with
  /// no open deadline after, newest first.
  public static func rows(of state: DomainState, at now: Timestamp) -> [ReferralRow] {
    var clocks: [ReferralID: DeadlineItem] = [:]
    for deadline in state.referralDeadlines(calendar: state.calendar) {
      guard case .referral(let id) = deadline.record else { continue }
      let status = LegalClock.status(of: deadline.due, at: now, utcOffset: state.settings.utcOffset)
      let item = DeadlineItem(deadline: deadline, status: status)
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
