/// The prior notice (行政处罚事先告知, Administrative Penalty Law article 44): facts, reasons,
/// basis, the proposed penalty, and whether the party has a right to a hearing.
public struct PriorNotice: Hashable, Sendable {
  public var documentNumber: String
  public var facts: String
  public var reasons: String
  public var basis: String
  public var proposedPenalty: String
  /// Large fines, suspension of business, closure and the like give a right to a hearing (article 63).
  public var hearingRight: Bool
  /// The day the notice was served on the party (the hearing-request window starts here).
  public var servedOn: Day

  public init(
    documentNumber: String, facts: String, reasons: String, basis: String,
    proposedPenalty: String, hearingRight: Bool, servedOn: Day
  ) {
    self.documentNumber = documentNumber
    self.facts = facts
    self.reasons = reasons
    self.basis = basis
    self.proposedPenalty = proposedPenalty
    self.hearingRight = hearingRight
    self.servedOn = servedOn
  }
}
