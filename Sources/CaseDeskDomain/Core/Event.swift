/// A fact: who changed what, when.
///
/// `DomainState.apply` is the only way state changes, and an undo is a new event, never a
/// deletion.
///
/// Events are plain values; their file encoding belongs to the store.
public struct Event: Equatable, Sendable {
  public var actor: Actor
  public var time: Timestamp
  public var change: Change

  public init(actor: Actor, time: Timestamp, change: Change) {
    self.actor = actor
    self.time = time
    self.change = change
  }
}
