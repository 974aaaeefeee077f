/// The rules of undo: only the operator who acted undoes, only while nobody changed the same
/// records since, and never across an archived case.
enum UndoRules {
  /// The compensating change for a token, or why it is refused.
  static func execute(
    _ token: UndoToken, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    guard let original = token.actor, !token.events.isEmpty else {
      throw .rule(zh: "没有可撤销的操作", en: "Nothing to undo")
    }
    guard original == actor.actor else {
      throw Refusal(
        .notPermitted,
        LocalizedText(zh: "只能撤销自己的操作", en: "Only the operator who acted can undo it"))
    }
    for snapshot in token.after where state.snapshot(of: snapshot.ref) != snapshot {
      throw .rule(
        zh: "\(snapshot.ref) 此后已被修改，不能撤销",
        en: "\(snapshot.ref) has changed since; the action cannot be undone")
    }
    for snapshot in token.before + token.after {
      if case .enforcementCase(_, let value?) = snapshot, value.isArchived {
        throw Refusal(
          .readOnly,
          LocalizedText(zh: "已归档案件不能再作任何修改", en: "An archived case cannot change at all"))
      }
    }
    let summaries = token.events.map { $0.change.summary }
    return [.undo(.recordsRestored(token.before, undone: summaries))]
  }

  /// Applies the compensating change.
  static func apply(_ change: UndoChange, event: Event, to state: inout DomainState) {
    switch change {
    case .recordsRestored(let snapshots, _):
      for snapshot in snapshots { state.restore(snapshot) }
    }
  }
}
