extension DomainState {
  /// The open deadlines of every referral, on either side, each with its owners.
  public func referralDeadlines(calendar: WorkingDayCalendar) -> [Deadline] {
    ReferralRules.deadlines(in: self, calendar: calendar)
  }

  /// The open deadlines of one referral.
  public func deadlines(ofReferral id: ReferralID, calendar: WorkingDayCalendar) -> [Deadline] {
    guard let referral = referrals[id] else { return [] }
    return ReferralRules.deadlines(for: referral, in: self, calendar: calendar)
  }

  /// The documents a referral must hold before hand-over.
  public func requiredDocuments(ofReferral id: ReferralID) -> [ReferralDocument] {
    guard let referral = referrals[id] else { return [] }
    return ReferralRules.requiredDocuments(referral, in: self)
  }

  /// The required documents a referral still lacks (hand-over is refused until none).
  public func missingDocuments(ofReferral id: ReferralID) -> [ReferralDocument] {
    guard let referral = referrals[id] else { return [] }
    return ReferralRules.missingDocuments(referral, in: self)
  }
}
