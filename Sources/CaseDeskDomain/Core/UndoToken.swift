/// What it takes to undo one action: its events and the records before and after them.
///
/// `Domain.performUndoable` returns one; the app keeps the operator's last token. Undoing
/// appends a new compensating event that puts the records back; nothing is ever deleted.
public struct UndoToken: Equatable, Sendable {
  public var events: [Event]
  public var before: [RecordSnapshot]
  public var after: [RecordSnapshot]

  public init(events: [Event], before: [RecordSnapshot], after: [RecordSnapshot]) {
    self.events = events
    self.before = before
    self.after = after
  }

  /// Who did the action being undone (the first event's actor).
  public var actor: Actor? { events.first?.actor }
}
