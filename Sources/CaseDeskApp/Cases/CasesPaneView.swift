import CaseDeskDomain
import TerminalUI

/// Pane 5: case review, with "my queue", the cases most urgent first, and the detail.
///
/// A line says whether all cases or the operator's queue show (with both counts); the cases
/// follow as a table with the selected case's detail beside or below it.
enum CasesPaneView {
  /// The header line, the list and the detail (nil when it does not fit).
  static func areas(_ state: AppState, in pane: Rect) -> (header: Rect, list: Rect, detail: Rect?) {
    let parts = ListPaneLayout.areas(pane, topRows: 1, screen: state.size)
    return (parts.top, parts.list, parts.detail)
  }

  /// The columns shown for a screen width, most important first.
  static func columnIDs(forWidth screenWidth: Int) -> [String] {
    CaseColumn.defaultIDs(forListWidth: ListPaneLayout.listInnerWidth(forScreenWidth: screenWidth))
  }

  /// The columns shown now: the operator's choice, else the defaults for the width.
  static func shownColumnIDs(for state: AppState) -> [String] {
    state.cases.list.chosenColumns ?? columnIDs(forWidth: state.size.width)
  }

  /// How many rows of records the table shows in the current layout.
  static func visibleRowCount(for state: AppState) -> Int {
    let list = areas(state, in: AppView.paneArea(for: state.size)).list
    return ListBoxView.visibleRowCount(in: list, list: state.cases.list)
  }

  /// Where the selected case's detail shows: the whole pane under the header while it is
  /// open, else beside or below the list (nil when it does not fit).
  static func detailArea(_ state: AppState) -> Rect? {
    let area = AppView.paneArea(for: state.size)
    let parts = areas(state, in: area)
    guard state.cases.isDetailOpen else { return parts.detail }
    return ListPaneLayout.openedDetail(in: area, listTop: parts.list.y)
  }

  /// Draws the pane.
  static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let pane = state.cases
    let parts = areas(state, in: area)
    renderHeader(state, into: &buffer, area: parts.header)
    if pane.isDetailOpen, let row = pane.selected {
      let rest = ListPaneLayout.openedDetail(in: area, listTop: parts.list.y)
      CaseDetailView.render(
        row, state: state, scroll: pane.detailScroll.offset, into: &buffer, area: rest)
      return
    }
    let columns = shownColumnIDs(for: state).map { CaseColumn.tableColumn($0, strings: strings) }
    ListBoxView.render(
      pane.list, title: strings[pane.showsMyQueue ? .caseMyQueueTitle : .paneCases],
      columns: columns,
      emptyText: strings[pane.showsMyQueue ? .caseMyQueueEmpty : .caseListEmpty],
      strings: strings, isFocused: state.overlay == nil, into: &buffer, area: parts.list
    ) { index in
      guard let row = pane.record(atRow: index) else { return TableRow(id: "", cells: []) }
      return TableRow(
        id: row.id.raw,
        cells: columns.map { CaseColumn.text(row, column: $0.id, strings: strings) },
        cellRoles: columns.map { CaseColumn.role(row, column: $0.id) })
    }
    if let detail = parts.detail {
      if let row = pane.selected {
        CaseDetailView.render(
          row, state: state, scroll: pane.detailScroll.offset, into: &buffer, area: detail)
      } else {
        Box.draw(in: &buffer, detail, title: strings[.detailTitle])
      }
    }
  }

  /// The line saying what shows: all cases or my queue, with both counts.
  static func renderHeader(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    guard !area.isEmpty else { return }
    buffer.fill(area, role: .tab)
    let strings = state.strings
    let pane = state.cases
    let items: [(String, Bool)] = [
      (strings.format(.caseTabAll, "\(pane.allRows.count)"), !pane.showsMyQueue),
      (strings.format(.caseTabMine, "\(pane.myQueueCount)"), pane.showsMyQueue),
    ]
    var x = area.x
    for (label, isCurrent) in items where x < area.maxX {
      let text = isCurrent ? "[" + label + "]" : " " + label + " "
      x += buffer.write(
        text, x: x, y: area.y, role: isCurrent ? .tabActive : .tab, maxWidth: area.maxX - x)
    }
  }
}
