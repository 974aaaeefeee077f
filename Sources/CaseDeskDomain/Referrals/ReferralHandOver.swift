/// The hand-over to public security: the police unit, the moment, and (for a crime referral)
/// the copy of the referral letter sent to the procuratorate.
public struct ReferralHandOver: Hashable, Sendable {
  public var policeUnit: String
  public var handedOverAt: Timestamp
  /// The procuratorate the copy went to (抄送检察院); required for a crime referral.
  public var procuratorateCopy: String
  public var stamp: ActionStamp

  public init(
    policeUnit: String, handedOverAt: Timestamp, procuratorateCopy: String, stamp: ActionStamp
  ) {
    self.policeUnit = policeUnit
    self.handedOverAt = handedOverAt
    self.procuratorateCopy = procuratorateCopy
    self.stamp = stamp
  }
}
