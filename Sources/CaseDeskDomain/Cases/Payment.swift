/// A payment toward the fine and any late surcharge, in fen.
public struct Payment: Hashable, Sendable {
  public var amountFen: Int
  public var paidOn: Day
  /// The bank receipt's number (缴款凭证).
  public var receipt: String
  public var stamp: ActionStamp

  public init(amountFen: Int, paidOn: Day, receipt: String, stamp: ActionStamp) {
    self.amountFen = amountFen
    self.paidOn = paidOn
    self.receipt = receipt
    self.stamp = stamp
  }
}
