import CaseDeskDomain

/// One row of the referrals pane: a referral and what the pane shows about it (its case's
/// number, the enterprise's name, and the deadline that governs it now).
public struct ReferralRow: Equatable, Sendable, Identifiable {
  public var record: Referral
  /// The number of the case the referral comes from, or the case's record id before filing.
  public var caseNumber: String
  public var enterpriseName: String
  /// The most urgent open deadline of the referral, on either side (its party says whose).
  public var clock: DeadlineItem?

  public init(
    record: Referral, caseNumber: String, enterpriseName: String, clock: DeadlineItem?
  ) {
    self.record = record
    self.caseNumber = caseNumber
    self.enterpriseName = enterpriseName
    self.clock = clock
  }

  public var id: ReferralID { record.id }
  public var isOverdue: Bool { clock?.status.isOverdue ?? false }
  public var isDueSoon: Bool { clock?.status.isDueSoon ?? false }
}
