import CaseDeskDomain
import TerminalUI

/// The positive list pane: every row, the tab's rows as a list, the review-needed queue and
/// the list's size month by month.
public struct PositiveListPaneState: Equatable, Sendable {
  /// Every row (all tabs), by name.
  public var allRows: [PositiveListRow]
  /// The rows under the current tab, in `allRows` order: what the list machinery sees.
  public var records: [PositiveListRow]
  public var tab: PositiveListTab
  /// Filter, sort, columns, display order, selection and marks of `records`.
  public var list: ListState
  /// The search index over `records` (same positions).
  public var search: SearchHolder
  public var isDetailOpen: Bool
  /// Listed enterprises that need a suspension review, and why.
  public var reviewQueue: [PositiveListReviewItem]
  /// Whether the chart of the list's size replaces the detail.
  public var showsChart: Bool
  /// The list's size at the end of each month of the current year.
  public var monthlySizes: [Int]
  /// The year `monthlySizes` is for.
  public var chartYear: Int
  /// Whether the rows lag behind the records: they are rebuilt when the pane next shows, so
  /// that a change made elsewhere (or opening the workspace) does not pay for this pane.
  public var isStale: Bool
  /// Whether `reviewQueue` is worked out (it is after the first frame, and after each change).
  public var hasQueue: Bool

  /// The pane before anything is worked out: no rows, to be built when it first shows.
  public init() {
    allRows = []
    records = []
    tab = .listed
    list = ListState(count: 0)
    search = SearchHolder()
    isDetailOpen = false
    reviewQueue = []
    showsChart = false
    monthlySizes = []
    chartYear = 0
    isStale = true
    hasQueue = false
  }

  /// The pane for a workspace's state on a day, on the listed tab.
  public init(domain: DomainState, now: Timestamp) {
    let today = now.day(utcOffset: domain.settings.utcOffset)
    let queue = domain.positiveListReviewQueue(on: today)
    allRows = PositiveListRow.rows(of: domain, on: today, reviewQueue: queue)
    tab = .listed
    records = allRows.filter { $0.isShown(under: .listed) }
    list = ListState(count: records.count)
    search = SearchHolder()
    isDetailOpen = false
    reviewQueue = queue
    showsChart = false
    chartYear = today.year
    monthlySizes = Self.sizesSoFar(on: today, in: domain)
    isStale = false
    hasQueue = true
    if let first = records.first { list.table.selectedID = first.id.raw }
  }

  /// The record shown at a display row.
  public func record(atRow row: Int) -> PositiveListRow? {
    list.recordIndex(atRow: row).map { records[$0] }
  }

  /// The selected record, if any.
  public var selected: PositiveListRow? { record(atRow: list.table.selectedIndex) }

  /// The marked records, in the tab's order.
  public var marked: [PositiveListRow] {
    records.filter { list.table.marked.contains($0.id.raw) }
  }

  /// How many rows each tab holds.
  public func count(of tab: PositiveListTab) -> Int {
    allRows.reduce(0) { $0 + ($1.isShown(under: tab) ? 1 : 0) }
  }

  /// The list's size at each month's end of the day's year, up to the day's month (the
  /// current month counts as of the day).
  static func sizesSoFar(on day: Day, in domain: DomainState) -> [Int] {
    let sizes = PositiveListQueries.monthlySizes(year: day.year, in: domain).prefix(day.month)
    return sizes.dropLast() + [PositiveListQueries.size(on: day, in: domain)]
  }
}
