/// How a deadline stands at a moment: days left (negative when overdue), overdue, due soon.
public struct DeadlineStatus: Hashable, Sendable {
  /// Calendar days from today to the due day; 0 means due today, negative means overdue.
  public var daysLeft: Int?
  /// Hours left for hour clocks (negative when overdue).
  public var hoursLeft: Int?
  public var isOverdue: Bool
  /// Due within three days (the "due soon" warning) and not yet overdue.
  public var isDueSoon: Bool

  public init(daysLeft: Int?, hoursLeft: Int?, isOverdue: Bool, isDueSoon: Bool) {
    self.daysLeft = daysLeft
    self.hoursLeft = hoursLeft
    self.isOverdue = isOverdue
    self.isDueSoon = isDueSoon
  }
}
