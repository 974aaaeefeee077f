/// A hearing (听证): requested, scheduled with its notice, and held with its record.
public struct HearingRecord: Hashable, Sendable {
  public var requestedOn: Day
  public var scheduledFor: Day?
  /// The day the notice of hearing was served (at least 7 days before the hearing).
  public var noticeServedOn: Day?
  public var heldOn: Day?
  public var record: String
  public var requested: ActionStamp

  public init(
    requestedOn: Day, scheduledFor: Day? = nil, noticeServedOn: Day? = nil, heldOn: Day? = nil,
    record: String = "", requested: ActionStamp
  ) {
    self.requestedOn = requestedOn
    self.scheduledFor = scheduledFor
    self.noticeServedOn = noticeServedOn
    self.heldOn = heldOn
    self.record = record
    self.requested = requested
  }

  /// Whether the hearing has been held.
  public var isHeld: Bool { heldOn != nil }
}
