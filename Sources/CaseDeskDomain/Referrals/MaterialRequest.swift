/// The police asked for more material; the bureau supplies it within 3 days.
public struct MaterialRequest: Hashable, Sendable {
  public var requestedAt: Timestamp
  public var items: String
  public var stamp: ActionStamp
  public var supplyNote: String?
  public var supplied: ActionStamp?

  public init(
    requestedAt: Timestamp, items: String, stamp: ActionStamp, supplyNote: String? = nil,
    supplied: ActionStamp? = nil
  ) {
    self.requestedAt = requestedAt
    self.items = items
    self.stamp = stamp
    self.supplyNote = supplyNote
    self.supplied = supplied
  }
}
