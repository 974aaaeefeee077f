/// The positive list pane's tabs: which standing the list shows.
public enum PositiveListTab: String, Sendable, CaseIterable {
  case listed
  /// Admissions awaiting approval, and enterprises that meet every known criterion.
  case candidates
  case suspended
  case removed
  case all

  /// The strings-table key of the tab's title.
  public var titleKey: StringKey {
    switch self {
    case .listed: return .positiveTabListed
    case .candidates: return .positiveTabCandidates
    case .suspended: return .positiveTabSuspended
    case .removed: return .positiveTabRemoved
    case .all: return .positiveTabAll
    }
  }

  /// The tab after this one, wrapping around.
  public var next: PositiveListTab {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
  }

  /// The tab before this one, wrapping around.
  public var previous: PositiveListTab {
    let all = Self.allCases
    return all[((all.firstIndex(of: self) ?? 0) + all.count - 1) % all.count]
  }
}
