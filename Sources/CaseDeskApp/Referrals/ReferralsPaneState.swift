import CaseDeskDomain
import TerminalUI

/// The referrals pane: every referral (most urgent first) as a list with the selected one's
/// detail.
public struct ReferralsPaneState: Equatable, Sendable {
  /// Every referral, most urgent first; what the list machinery sees.
  public var records: [ReferralRow]
  /// Filter, sort, columns, display order, selection and marks of `records`.
  public var list: ListState
  /// The search index over `records` (same positions), built on first use.
  public var search: SearchHolder
  public var isDetailOpen: Bool
  /// Whether the rows lag behind the records (rebuilt when the pane next shows).
  public var isStale: Bool
  /// How many referrals have an overdue deadline on either side (the top bar's alarm), kept
  /// up to date on every change whether the pane shows or not.
  public var overdueCount: Int
  /// How far the detail is scrolled (`K` and `J`), for which referral, and the keys' flags.
  public var detailScroll: DetailScroll

  /// The pane before anything is worked out (built when it first shows).
  public init() {
    records = []
    list = ListState(count: 0)
    search = SearchHolder()
    isDetailOpen = false
    isStale = true
    overdueCount = 0
    detailScroll = DetailScroll()
  }

  /// The record shown at a display row.
  public func record(atRow row: Int) -> ReferralRow? {
    list.recordIndex(atRow: row).map { records[$0] }
  }

  /// The selected record, if any.
  public var selected: ReferralRow? { record(atRow: list.table.selectedIndex) }
}
