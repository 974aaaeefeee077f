/// A deadline with how it stands at a moment: what the deadline lists and "my queue" show.
public struct DeadlineItem: Hashable, Sendable {
  public var deadline: Deadline
  public var status: DeadlineStatus

  public init(deadline: Deadline, status: DeadlineStatus) {
    self.deadline = deadline
    self.status = status
  }

  /// Most urgent first: overdue (longest overdue first), then by time left; paused last.
  ///
  /// Equal standings fall back on the record's name, which is only spelled out then.
  public static func isMoreUrgent(_ lhs: DeadlineItem, than rhs: DeadlineItem) -> Bool {
    let left = lhs.urgency
    let right = rhs.urgency
    if left != right { return left < right }
    return lhs.deadline.record.description < rhs.deadline.record.description
  }

  /// The urgency order without the record's name: paused last, then days left, then hours left.
  var urgency: (paused: Int, days: Int, hours: Int) {
    let paused = deadline.due == .paused ? 1 : 0
    let hours = status.hoursLeft ?? (status.daysLeft ?? Int.max / 48) * 24
    return (paused, status.daysLeft ?? Int.max, hours)
  }

  /// Items most urgent first, in the order `sorted(by: isMoreUrgent)` gives (equal items keep
  /// their order), spelling out each record's name once instead of at every comparison.
  public static func sortedByUrgency(_ items: [DeadlineItem]) -> [DeadlineItem] {
    let keys = items.map { ($0.urgency, $0.deadline.record.description) }
    let order = items.indices.sorted { a, b in
      let left = keys[a]
      let right = keys[b]
      if left.0 != right.0 { return left.0 < right.0 }
      if left.1 != right.1 { return left.1 < right.1 }
      return a < b
    }
    return order.map { items[$0] }
  }
}
