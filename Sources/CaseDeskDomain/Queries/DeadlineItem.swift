/// A deadline with how it stands at a moment: what the deadline lists and "my queue" show.
public struct DeadlineItem: Hashable, Sendable {
  public var deadline: Deadline
  public var status: DeadlineStatus

  public init(deadline: Deadline, status: DeadlineStatus) {
    self.deadline = deadline
    self.status = status
  }

  /// Most urgent first: overdue (longest overdue first), then by time left; paused last.
  public static func isMoreUrgent(_ lhs: DeadlineItem, than rhs: DeadlineItem) -> Bool {
    func key(_ item: DeadlineItem) -> (Int, Int, Int, String) {
      let paused = item.deadline.due == .paused ? 1 : 0
      let hours = item.status.hoursLeft ?? (item.status.daysLeft ?? Int.max / 48) * 24
      return (paused, item.status.daysLeft ?? Int.max, hours, item.deadline.record.description)
    }
    return key(lhs) < key(rhs)
  }
}
