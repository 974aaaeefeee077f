/// The approval of an inspection plan ("无计划不检查"): the approval form and notice numbers.
public struct InspectionApproval: Hashable, Sendable {
  /// 行政检查审批表 number.
  public var approvalFormNumber: String
  /// 行政检查通知书 number.
  public var noticeNumber: String
  public var stamp: ActionStamp

  public init(approvalFormNumber: String, noticeNumber: String, stamp: ActionStamp) {
    self.approvalFormNumber = approvalFormNumber
    self.noticeNumber = noticeNumber
    self.stamp = stamp
  }
}
