extension Change {
  /// The records this change modifies (created, edited, restored).
  public var affectedRecords: [RecordRef] {
    switch self {
    case .staff(let change): return change.affectedRecords
    case .enterprise(let change): return change.affectedRecords
    case .positiveList(let change): return change.affectedRecords
    case .inspection(let change): return change.affectedRecords
    case .clue(let change): return change.affectedRecords
    case .enforcementCase(let change): return change.affectedRecords
    case .referral(let change): return change.affectedRecords
    case .service(let change): return change.affectedRecords
    case .rectification(let change): return change.affectedRecords
    case .settings(let change): return change.affectedRecords
    case .undo(let change): return change.affectedRecords
    }
  }

  /// One line for the history view, in both languages.
  public var summary: LocalizedText {
    switch self {
    case .staff(let change): return change.summary
    case .enterprise(let change): return change.summary
    case .positiveList(let change): return change.summary
    case .inspection(let change): return change.summary
    case .clue(let change): return change.summary
    case .enforcementCase(let change): return change.summary
    case .referral(let change): return change.summary
    case .service(let change): return change.summary
    case .rectification(let change): return change.summary
    case .settings(let change): return change.summary
    case .undo(let change): return change.summary
    }
  }
}
