/// One instalment of an approved payment plan (分期缴纳, Administrative Penalty Law article 66).
public struct Instalment: Hashable, Sendable {
  public var dueOn: Day
  public var amountFen: Int

  public init(dueOn: Day, amountFen: Int) {
    self.dueOn = dueOn
    self.amountFen = amountFen
  }
}
