/// The domain's entry point: checks a command against roles and rules and answers with the
/// events that record it.
public enum Domain {
  /// The events that carry out a command, or the refusal that explains why not.
  ///
  /// Nothing is applied here: the caller appends the events, then applies them.
  public static func execute(
    _ command: Command, by actor: Actor, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Event] {
    let context = try ActorContext(actor, in: state)
    let changes: [Change]
    switch command {
    case .staff(let c): changes = try StaffRules.execute(c, by: context, at: time, in: state)
    case .enterprise(let c):
      changes = try EnterpriseRules.execute(c, by: context, at: time, in: state)
    case .positiveList(let c):
      changes = try PositiveListRules.execute(c, by: context, at: time, in: state)
    case .inspection(let c):
      changes = try InspectionRules.execute(c, by: context, at: time, in: state)
    case .clue(let c): changes = try ClueRules.execute(c, by: context, at: time, in: state)
    case .enforcementCase(let c):
      changes = try CaseRules.execute(c, by: context, at: time, in: state)
    case .referral(let c): changes = try ReferralRules.execute(c, by: context, at: time, in: state)
    case .service(let c): changes = try ServiceRules.execute(c, by: context, at: time, in: state)
    case .rectification(let c):
      changes = try RectificationRules.execute(c, by: context, at: time, in: state)
    case .settings(let c): changes = try SettingsRules.execute(c, by: context, at: time, in: state)
    case .undo(let token): changes = try UndoRules.execute(token, by: context, at: time, in: state)
    }
    return changes.map { Event(actor: actor, time: time, change: $0) }
  }

  /// Executes a command and applies its events to `state` (for tests, imports and the demo).
  @discardableResult
  public static func perform(
    _ command: Command, by actor: Actor, at time: Timestamp, on state: inout DomainState
  ) throws(Refusal) -> [Event] {
    let events = try execute(command, by: actor, at: time, in: state)
    try apply(events, to: &state)
    return events
  }

  /// Applies freshly executed events, turning an inconsistency (a bug) into a refusal.
  static func apply(_ events: [Event], to state: inout DomainState) throws(Refusal) {
    do {
      try state.apply(events)
    } catch {
      throw Refusal(
        .ruleViolated,
        LocalizedText(
          zh: "内部错误：事件无法应用（\(error.message)）",
          en: "Internal error: the events do not apply (\(error.message))"))
    }
  }
}

extension Domain {
  /// Performs a command and returns what it takes to undo it (see `UndoToken`).
  public static func performUndoable(
    _ command: Command, by actor: Actor, at time: Timestamp, on state: inout DomainState
  ) throws(Refusal) -> UndoToken {
    let events = try execute(command, by: actor, at: time, in: state)
    var refs: [RecordRef] = []
    var seen: Set<RecordRef> = []
    for event in events {
      for ref in event.change.affectedRecords where seen.insert(ref).inserted { refs.append(ref) }
    }
    let before = refs.map { state.snapshot(of: $0) }
    try apply(events, to: &state)
    return UndoToken(events: events, before: before, after: refs.map { state.snapshot(of: $0) })
  }
}
