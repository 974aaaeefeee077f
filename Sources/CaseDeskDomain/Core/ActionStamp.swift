/// Who took a step on a record and when: the compact timeline kept on field records.
///
/// The journal keeps the full history; a record keeps one stamp per step so that panes can show
/// who planned, approved, scanned in, recorded and filed without replaying events.
public struct ActionStamp: Hashable, Sendable {
  public var actor: Actor
  public var time: Timestamp

  public init(actor: Actor, time: Timestamp) {
    self.actor = actor
    self.time = time
  }

  /// The stamp of an event: its actor and time.
  public init(_ event: Event) {
    self.init(actor: event.actor, time: event.time)
  }
}
