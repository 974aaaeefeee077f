/// The rules of inspections ("无计划不检查", 扫码入企, health-check forms): who may do what, and how each fact changes the state.
enum InspectionRules {
  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: InspectionCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    switch command {
    case .pendingArea: throw Refusal.rule(zh: "此功能尚未建成", en: "Not built yet")
    }
  }

  /// Applies one change of this area.
  static func apply(_ change: InspectionChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    switch change {
    case .pendingArea: throw Inconsistency("pending area")
    case .caseOpened(let id, _):
      guard state.inspections[id] != nil else { throw Inconsistency("no record \(id)") }
    }
  }
}
