/// The facts recorded about referrals to public security.
public enum ReferralChange: Equatable, Sendable {
  /// Placeholder until this area is built; never produced.
  case pendingArea
}
