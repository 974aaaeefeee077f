/// What can be done to the marked records at once (`b`).
public enum BulkAction: String, Sendable, CaseIterable {
  case assignCommissioner = "assign"
  case addTag = "tag add"
  case removeTag = "tag remove"
  case export = "export"
  case clearMarks = "clear"
  /// Admits the marked enterprises to the positive list, each checked on its own.
  case admit = "admit"

  /// The strings-table key of the action's title.
  public var titleKey: StringKey {
    switch self {
    case .assignCommissioner: return .bulkAssign
    case .addTag: return .bulkAddTag
    case .removeTag: return .bulkRemoveTag
    case .export: return .bulkExport
    case .clearMarks: return .bulkClearMarks
    case .admit: return .bulkAdmit
    }
  }
}
