extension UndoChange {
  /// The records an undo puts back.
  public var affectedRecords: [RecordRef] {
    switch self {
    case .recordsRestored(let snapshots, _): return snapshots.map(\.ref)
    }
  }

  /// One line for the history view.
  public var summary: LocalizedText {
    switch self {
    case .recordsRestored(_, let undone):
      return LocalizedText(
        zh: "撤销：" + undone.map(\.zh).joined(separator: "；"),
        en: "Undone: " + undone.map(\.en).joined(separator: "; "))
    }
  }
}
