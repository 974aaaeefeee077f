import CaseDeskDomain

/// A built demo workspace: the events of its history and the state they produce.
///
/// Replaying `events` into a fresh `DomainState()` gives `state` exactly.
public struct DemoWorkspace: Sendable {
  /// Every event, in the order the domain produced it.
  public var events: [Event]
  /// The state after all events.
  public var state: DomainState
  /// The day the demo is seen from (deadlines are shown relative to it).
  public var asOf: Day
  /// The workspace's display name.
  public var name: String

  /// A workspace from its parts.
  public init(events: [Event], state: DomainState, asOf: Day, name: String) {
    self.events = events
    self.state = state
    self.asOf = asOf
    self.name = name
  }
}
