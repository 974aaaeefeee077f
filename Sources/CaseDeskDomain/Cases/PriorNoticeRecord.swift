/// A prior notice as recorded on a case, with the review round it belongs to.
public struct PriorNoticeRecord: Hashable, Sendable {
  public var notice: PriorNotice
  public var round: Int
  public var stamp: ActionStamp

  public init(notice: PriorNotice, round: Int, stamp: ActionStamp) {
    self.notice = notice
    self.round = round
    self.stamp = stamp
  }
}
