/// Who took a step on a record, and when (the compact timeline entry of a stage).
public struct StepStamp: Hashable, Sendable {
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
