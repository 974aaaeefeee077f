/// The police's receipt of a referral (回执).
public struct PoliceReceipt: Hashable, Sendable {
  public var receivedAt: Timestamp
  public var receiptNumber: String
  public var stamp: ActionStamp

  public init(receivedAt: Timestamp, receiptNumber: String, stamp: ActionStamp) {
    self.receivedAt = receivedAt
    self.receiptNumber = receiptNumber
    self.stamp = stamp
  }
}
