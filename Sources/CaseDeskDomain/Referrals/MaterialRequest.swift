/// The police asked for more material; the bureau supplies it within 3 days.
public struct MaterialRequest: Hashable, Sendable {
  public var requestedAt: Timestamp
  public var items: String
  public var stamp: StepStamp
  public var supplyNote: String?
  public var supplied: StepStamp?

  public init(
    requestedAt: Timestamp, items: String, stamp: StepStamp, supplyNote: String? = nil,
    supplied: StepStamp? = nil
  ) {
    self.requestedAt = requestedAt
    self.items = items
    self.stamp = stamp
    self.supplyNote = supplyNote
    self.supplied = supplied
  }
}
