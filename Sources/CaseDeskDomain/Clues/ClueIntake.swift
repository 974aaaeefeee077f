/// A clue as it arrives, before it has an id (a form, or one row of a monitoring push).
public struct ClueIntake: Hashable, Sendable {
  public var source: Clue.Source
  public var enterprise: EnterpriseID?
  public var facts: String
  public var measurement: ClueMeasurement?
  public var receivedAt: Timestamp

  public init(
    source: Clue.Source, enterprise: EnterpriseID?, facts: String,
    measurement: ClueMeasurement? = nil, receivedAt: Timestamp
  ) {
    self.source = source
    self.enterprise = enterprise
    self.facts = facts
    self.measurement = measurement
    self.receivedAt = receivedAt
  }
}
