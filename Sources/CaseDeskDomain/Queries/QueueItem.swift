/// One thing waiting on an operator: the record, what to do, and its deadline if any.
public struct QueueItem: Hashable, Sendable {
  public var record: RecordRef
  public var task: LocalizedText
  public var deadline: DeadlineItem?

  public init(record: RecordRef, task: LocalizedText, deadline: DeadlineItem?) {
    self.record = record
    self.task = task
    self.deadline = deadline
  }
}
