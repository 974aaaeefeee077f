/// A referral to public security: suspected crime or administrative detention.
public struct Referral: Equatable, Sendable {
  public var id: ReferralID

  public init(id: ReferralID) { self.id = id }
}
