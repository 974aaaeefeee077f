/// One legal clock: how long, in what unit, with which extensions, on whose side, and why.
public struct DeadlineRule: Hashable, Sendable, Identifiable {
  /// Whose duty the deadline is: the bureau's or the police's (shown to track feedback).
  public enum Party: String, Hashable, Sendable {
    case bureau
    case police
    case enterprise
  }

  public var id: DeadlineRuleID
  public var title: LocalizedText
  /// The legal basis, such as `行政处罚法 第六十条`.
  public var basis: LocalizedText
  public var amount: Int
  public var unit: ClockUnit
  /// Each extension that may be granted, in order, in the same unit (`[30, 30]` for decisions).
  public var extensions: [Int]
  public var party: Party

  public init(
    id: DeadlineRuleID, title: LocalizedText, basis: LocalizedText, amount: Int, unit: ClockUnit,
    extensions: [Int] = [], party: Party
  ) {
    self.id = id
    self.title = title
    self.basis = basis
    self.amount = amount
    self.unit = unit
    self.extensions = extensions
    self.party = party
  }
}
