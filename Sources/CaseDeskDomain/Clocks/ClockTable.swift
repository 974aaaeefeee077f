/// The legal deadlines as data: one rule per clock, which the bureau can change when the law does.
public struct ClockTable: Equatable, Sendable {
  public var rules: [DeadlineRuleID: DeadlineRule]

  public init(rules: [DeadlineRule]) {
    var table: [DeadlineRuleID: DeadlineRule] = [:]
    for rule in rules { table[rule.id] = rule }
    self.rules = table
  }

  /// The rule for an id, if the table has it.
  public subscript(_ id: DeadlineRuleID) -> DeadlineRule? { rules[id] }

  /// The deadlines of `domain.md`.
  public static let standard = ClockTable(rules: standardRules)
}
