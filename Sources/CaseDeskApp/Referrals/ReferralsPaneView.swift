import CaseDeskDomain
import TerminalUI

/// Pane 6: referrals to public security, most urgent first, with the selected one's detail.
///
/// A line counts the open referrals of each kind and the overdue ones; the referrals follow
/// as a table with the selected referral's detail beside or below it.
enum ReferralsPaneView {
  /// The header line, the list and the detail (nil when it does not fit).
  static func areas(_ state: AppState, in pane: Rect) -> (header: Rect, list: Rect, detail: Rect?) {
    let parts = ListPaneLayout.areas(pane, topRows: 1, screen: state.size)
    return (parts.top, parts.list, parts.detail)
  }

  /// Where the selected referral's detail shows now (opened or beside the list), or nil.
  static func detailArea(_ state: AppState) -> Rect? {
    let area = AppView.paneArea(for: state.size)
    let parts = areas(state, in: area)
    guard state.referrals.isDetailOpen else { return parts.detail }
    return ListPaneLayout.openedDetail(in: area, listTop: parts.list.y)
  }

  /// The columns shown for a screen width, most important first.
  static func columnIDs(forWidth screenWidth: Int) -> [String] {
    ReferralColumn.defaultIDs(
      forListWidth: ListPaneLayout.listInnerWidth(forScreenWidth: screenWidth))
  }

  /// The columns shown now: the operator's choice, else the defaults for the width.
  static func shownColumnIDs(for state: AppState) -> [String] {
    state.referrals.list.chosenColumns ?? columnIDs(forWidth: state.size.width)
  }

  /// How many rows of records the table shows in the current layout.
  static func visibleRowCount(for state: AppState) -> Int {
    let list = areas(state, in: AppView.paneArea(for: state.size)).list
    return ListBoxView.visibleRowCount(in: list, list: state.referrals.list)
  }

  /// Draws the pane.
  static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let pane = state.referrals
    let parts = areas(state, in: area)
    renderHeader(state, into: &buffer, area: parts.header)
    if pane.isDetailOpen, let row = pane.selected {
      let rest = ListPaneLayout.openedDetail(in: area, listTop: parts.list.y)
      ReferralDetailView.render(
        row, state: state, scroll: pane.detailScroll.offset, into: &buffer, area: rest)
      return
    }
    let columns = shownColumnIDs(for: state).map {
      ReferralColumn.tableColumn($0, strings: strings)
    }
    ListBoxView.render(
      pane.list, title: strings[.paneReferrals], columns: columns,
      emptyText: strings[.referralListEmpty], strings: strings, isFocused: state.overlay == nil,
      into: &buffer, area: parts.list
    ) { index in
      guard let row = pane.record(atRow: index) else { return TableRow(id: "", cells: []) }
      return TableRow(
        id: row.id.raw,
        cells: columns.map { ReferralColumn.text(row, column: $0.id, strings: strings) },
        cellRoles: columns.map { ReferralColumn.role(row, column: $0.id) })
    }
    if let detail = parts.detail {
      if let row = pane.selected {
        ReferralDetailView.render(
          row, state: state, scroll: pane.detailScroll.offset, into: &buffer, area: detail)
      } else {
        Box.draw(in: &buffer, detail, title: strings[.detailTitle])
      }
    }
  }

  /// The line counting the open crime and detention referrals and the overdue ones.
  static func renderHeader(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    buffer.fill(area, role: .tab)
    let rows = state.referrals.records
    let open = rows.filter(\.record.isOpen)
    let crime = open.filter { $0.record.kind == .crime }.count
    let overdue = rows.filter(\.isOverdue).count
    let text = state.strings.format(
      .referralHeader, "\(crime)", "\(open.count - crime)", "\(overdue)")
    buffer.write(text, x: area.x + 1, y: area.y, role: .tab, maxWidth: max(0, area.width - 1))
  }
}
