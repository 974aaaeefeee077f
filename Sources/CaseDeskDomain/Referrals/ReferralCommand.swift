/// What a user asks of referrals to public security.
public enum ReferralCommand: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
