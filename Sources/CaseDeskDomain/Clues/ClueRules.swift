/// The rules of off-site clues and their triage: who may do what, and how each fact changes the state.
enum ClueRules {
  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: ClueCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    switch command {
    case .pendingArea: throw Refusal.rule(zh: "此功能尚未建成", en: "Not built yet")
    }
  }

  /// Applies one change of this area.
  static func apply(_ change: ClueChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    switch change {
    case .pendingArea: throw Inconsistency("pending area")
    case .convertedToCase(let id, _):
      guard state.clues[id] != nil else { throw Inconsistency("no record \(id)") }
    }
  }
}
