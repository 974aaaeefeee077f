/// The nine panes, in tab order; `1`–`9` switch to them.
public enum PaneID: Int, Sendable, CaseIterable {
  case enterprises = 1
  case positiveList
  case inspections
  case clues
  case cases
  case referrals
  case service
  case rectification
  case statistics

  /// The name used by `:pane NAME` (English, stable, also accepted in Chinese).
  public var commandName: String {
    switch self {
    case .enterprises: return "enterprises"
    case .positiveList: return "positive"
    case .inspections: return "inspections"
    case .clues: return "clues"
    case .cases: return "cases"
    case .referrals: return "referrals"
    case .service: return "service"
    case .rectification: return "rectification"
    case .statistics: return "statistics"
    }
  }

  /// The strings-table key of the pane's title.
  public var titleKey: StringKey {
    switch self {
    case .enterprises: return .paneEnterprises
    case .positiveList: return .panePositiveList
    case .inspections: return .paneInspections
    case .clues: return .paneClues
    case .cases: return .paneCases
    case .referrals: return .paneReferrals
    case .service: return .paneService
    case .rectification: return .paneRectification
    case .statistics: return .paneStatistics
    }
  }

  /// The pane that follows this one in tab order, wrapping around.
  public var next: PaneID { PaneID(rawValue: rawValue % 9 + 1) ?? .enterprises }

  /// The pane before this one in tab order, wrapping around.
  public var previous: PaneID { PaneID(rawValue: (rawValue + 7) % 9 + 1) ?? .enterprises }
}
