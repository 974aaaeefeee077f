extension RectificationRules {
  /// The deadline of every task not yet done; the district side (clerks, officers) owns it in
  /// progress, the approvers once the district has accepted.
  static func deadlines(in state: DomainState, calendar: WorkingDayCalendar) -> [Deadline] {
    let offset = state.settings.utcOffset
    return state.rectificationTasks.values
      .filter { $0.status != .done }
      .sorted { $0.id < $1.id }
      .map { task in
        Deadline(
          record: .rectificationTask(task.id), rule: .rectificationTask,
          title: LocalizedText(zh: "整改期限：\(task.title)", en: "Rectification due: \(task.title)"),
          party: .bureau,
          owners: task.status == .inProgress ? [.clerk, .officer] : [.approver],
          start: Timestamp(day: task.created.time.day(utcOffset: offset), utcOffset: offset),
          due: .endOfDay(task.deadline))
      }
  }
}
