extension DomainState {
  /// Tasks done and total for a period of local days.
  ///
  /// A task counts when it was created by the period's last day and was not already done
  /// before its first day; it is done when its city re-check passed by the last day.
  public func rectificationProgress(in period: ClosedRange<Day>) -> (done: Int, total: Int) {
    let offset = settings.utcOffset
    var done = 0
    var total = 0
    for task in rectificationTasks.values {
      guard task.created.time.day(utcOffset: offset) <= period.upperBound else { continue }
      if let doneOn = task.doneOn, doneOn < period.lowerBound { continue }
      total += 1
      if let doneOn = task.doneOn, doneOn <= period.upperBound { done += 1 }
    }
    return (done, total)
  }

  /// Tasks not done whose deadline is before `day`, by deadline.
  public func overdueRectificationTasks(on day: Day) -> [RectificationTask] {
    rectificationTasks.values
      .filter { $0.isOverdue(on: day) }
      .sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
  }

  /// Tasks linked to an enterprise (its status card), by id.
  public func rectificationTasks(linkedTo enterprise: EnterpriseID) -> [RectificationTask] {
    rectificationTasks.values
      .filter { $0.enterprises.contains(enterprise) }
      .sorted { $0.id < $1.id }
  }
}
