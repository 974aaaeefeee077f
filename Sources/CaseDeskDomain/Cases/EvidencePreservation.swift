/// Evidence registered and preserved (先行登记保存, Administrative Penalty Law article 56), and
/// the decision about it that is due within 7 days.
public struct EvidencePreservation: Hashable, Sendable {
  public var items: String
  public var preserved: ActionStamp
  public var outcome: PreservationOutcome?
  public var outcomeNote: String
  public var decided: ActionStamp?

  public init(
    items: String, preserved: ActionStamp, outcome: PreservationOutcome? = nil,
    outcomeNote: String = "", decided: ActionStamp? = nil
  ) {
    self.items = items
    self.preserved = preserved
    self.outcome = outcome
    self.outcomeNote = outcomeNote
    self.decided = decided
  }
}
