import CaseDeskDomain
import TerminalUI

/// Pane 1: the enterprise register as a table, with the selected record's detail beside it
/// (wide terminals), below it (tall ones) or on its own after `Enter`.
enum EnterprisesPaneView {
  /// Screens at least this wide show the detail to the right of the list.
  static let sideBySideWidth = 110
  /// Screens at least this tall (and not wide) show the detail below the list.
  static let stackedHeight = 20
  static let stackedDetailHeight = 8

  /// The list and detail areas for a pane area; the detail is nil when it does not fit.
  static func areas(in pane: Rect, screen: Size) -> (list: Rect, detail: Rect?) {
    if screen.width >= sideBySideWidth {
      let parts = Layout.split(pane, .horizontal, [.percentage(60), .fill(1)])
      return (parts[0], parts[1])
    }
    if screen.height >= stackedHeight {
      let parts = Layout.split(pane, .vertical, [.fill(1), .length(stackedDetailHeight)])
      return (parts[0], parts[1])
    }
    return (pane, nil)
  }

  /// The columns shown for a screen width, most important first.
  static func columnIDs(forWidth screenWidth: Int) -> [String] {
    let inner = ListPaneLayout.listInnerWidth(forScreenWidth: screenWidth)
    typealias C = EnterpriseColumn
    if inner >= 100 {
      return [
        C.name, C.shortName, C.uscc, C.district, C.tier, C.ownership, C.keyDischarge,
        C.positiveList, C.commissioner, C.openCases,
      ]
    }
    if inner >= 76 {
      return [C.name, C.uscc, C.district, C.tier, C.positiveList, C.openCases]
    }
    if inner >= 48 { return [C.name, C.district, C.tier, C.positiveList] }
    return [C.name, C.positiveList]
  }

  /// The columns shown now: the operator's choice, else the defaults for the width.
  static func shownColumnIDs(for state: AppState) -> [String] {
    state.enterprises.list.chosenColumns ?? columnIDs(forWidth: state.size.width)
  }

  /// How many rows of records the table shows in the current layout.
  static func visibleRowCount(for state: AppState) -> Int {
    let pane = AppView.paneArea(for: state.size)
    let list = areas(in: pane, screen: state.size).list
    return ListBoxView.visibleRowCount(in: list, list: state.enterprises.list)
  }

  /// Draws the pane.
  static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    let list = state.enterprises
    if list.isDetailOpen, let record = list.selected {
      EnterpriseDetailView.render(record, strings: strings, into: &buffer, area: area)
      return
    }
    let (listArea, detailArea) = areas(in: area, screen: state.size)
    let columns = shownColumnIDs(for: state).map {
      EnterpriseColumn.tableColumn($0, strings: strings)
    }
    ListBoxView.render(
      list.list, title: strings[.paneEnterprises], columns: columns,
      emptyText: strings[.listEmpty], strings: strings, isFocused: state.overlay == nil,
      into: &buffer, area: listArea
    ) { index in row(for: list.record(atRow: index), columns: columns, strings: strings) }
    if let detailArea {
      if let record = list.selected {
        EnterpriseDetailView.render(record, strings: strings, into: &buffer, area: detailArea)
      } else {
        Box.draw(in: &buffer, detailArea, title: strings[.detailTitle])
      }
    }
  }

  private static func row(for record: EnterpriseRow?, columns: [TableColumn], strings: Strings)
    -> TableRow
  {
    guard let record else { return TableRow(id: "", cells: []) }
    return TableRow(
      id: record.id.raw,
      cells: columns.map { EnterpriseColumn.text(record, column: $0.id, strings: strings) },
      cellRoles: columns.map { EnterpriseColumn.role(record, column: $0.id) })
  }
}
