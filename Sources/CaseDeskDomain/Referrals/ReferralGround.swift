/// The statutory ground of a referral: a suspected crime, or an article 63 situation.
public enum ReferralGround: Hashable, Sendable {
  case crime(CrimeGround)
  case detention(DetentionGround)

  /// The referral kind the ground belongs to.
  public var kind: ReferralKind {
    switch self {
    case .crime: return .crime
    case .detention: return .detention
    }
  }
}
