/// A deadline that applies to a record now: the rule, when it started, when it falls, and who
/// must act.
public struct Deadline: Hashable, Sendable {
  public var record: RecordRef
  public var rule: DeadlineRuleID
  public var title: LocalizedText
  public var party: DeadlineRule.Party
  /// Roles that must act before it falls (what "my queue" shows).
  public var owners: Set<StaffRole>
  public var start: Timestamp
  public var due: DueMoment

  public init(
    record: RecordRef, rule: DeadlineRuleID, title: LocalizedText, party: DeadlineRule.Party,
    owners: Set<StaffRole>, start: Timestamp, due: DueMoment
  ) {
    self.record = record
    self.rule = rule
    self.title = title
    self.party = party
    self.owners = owners
    self.start = start
    self.due = due
  }
}
