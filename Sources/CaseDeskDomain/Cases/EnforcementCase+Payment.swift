extension EnforcementCase {
  /// The last day to pay: 15 days from service (the clock table's rule), or the last
  /// instalment's day when instalments were approved.
  public func paymentDueDay(in state: DomainState) -> Day? {
    guard let service, fineFen > 0 else { return nil }
    if let last = instalments.map(\.dueOn).max() { return last }
    let rule = CaseClocks.rule(.finePayment, in: state)
    let offset = state.settings.utcOffset
    let due = LegalClock.due(
      rule, start: Timestamp(day: service.servedOn, hour: 12, utcOffset: offset),
      calendar: CaseClocks.calendar(in: state), utcOffset: offset)
    return CaseClocks.dueDay(due, utcOffset: offset)
  }

  /// The day the fine itself was paid in full, if it was.
  public var finePaidInFullOn: Day? {
    var total = 0
    for payment in payments.sorted(by: { $0.paidOn < $1.paidOn }) {
      total += payment.amountFen
      if total >= fineFen { return payment.paidOn }
    }
    return nil
  }

  /// The late surcharge in fen accrued by `day` (it stops when the fine is paid in full).
  public func lateSurchargeFen(asOf day: Day, in state: DomainState) -> Int {
    guard let due = paymentDueDay(in: state) else { return 0 }
    let end = min(day, finePaidInFullOn ?? day)
    return LateSurcharge.fen(fineFen: fineFen, dueOn: due, asOf: end)
  }

  /// What is still owed on `day` in fen: the fine plus the surcharge, less payments.
  public func owedFen(asOf day: Day, in state: DomainState) -> Int {
    max(0, fineFen + lateSurchargeFen(asOf: day, in: state) - paidFen)
  }
}
