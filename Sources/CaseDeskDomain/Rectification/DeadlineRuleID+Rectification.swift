extension DeadlineRuleID {
  /// A rectification task's own deadline (set by the task, not by the clock table).
  public static let rectificationTask: DeadlineRuleID = "rectification.task"
}
