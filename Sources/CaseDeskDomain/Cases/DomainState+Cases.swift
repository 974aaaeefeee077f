extension DomainState {
  /// The open deadlines of every case (decision, hearing request, evidence preservation,
  /// service, payment), each with the roles that must act.
  public func caseDeadlines(calendar: WorkingDayCalendar) -> [Deadline] {
    CaseRules.deadlines(in: self, calendar: calendar)
  }

  /// The open deadlines of one case.
  public func deadlines(ofCase id: CaseID, calendar: WorkingDayCalendar) -> [Deadline] {
    guard let record = cases[id] else { return [] }
    return CaseRules.deadlines(for: record, in: self, calendar: calendar)
  }

  /// The periods the case's decision clock does not count (pauses, hearing, referral time).
  public func excludedPeriods(ofCase id: CaseID) -> [ExcludedPeriod] {
    guard let record = cases[id] else { return [] }
    return CaseRules.excludedPeriods(record, in: self)
  }

  /// The referrals of a case, in the order they were drafted.
  public func referrals(ofCase id: CaseID) -> [Referral] {
    (cases[id]?.referrals ?? []).compactMap { referrals[$0] }
  }

  /// Whether a case's referral decision may be replaced by a new decision (its referral ended
  /// without the police taking it).
  public func caseMayBeDecidedAgain(_ id: CaseID) -> Bool {
    guard let record = cases[id] else { return false }
    return CaseRules.canDecideAgain(record, in: self)
  }

  /// Cases the enterprise had decided as established violations (for "first offence").
  public func establishedViolations(of enterprise: EnterpriseID) -> [EnforcementCase] {
    cases.values.filter {
      $0.enterprise == enterprise && ($0.decision?.decision.kind.establishesViolation ?? false)
    }.sorted { $0.id < $1.id }
  }
}
