import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct TableTests {
  static let names = [
    "鞍山钢铁集团有限公司", "鞍山市热力有限公司", "海城市镁矿开采有限公司", "台安县造纸厂",
    "Anshan Chemical Co., Ltd.", "岫岩满族自治县玉石加工厂", "千山区农副产品加工厂",
  ]
  static let districts = ["铁东区", "铁东区", "海城市", "台安县", "立山区", "岫岩县", "千山区"]

  let table = Table(
    columns: [
      TableColumn(id: "name", title: "名称", width: .flexible(min: 8, weight: 2)),
      TableColumn(id: "district", title: "区县", width: .fixed(6)),
      TableColumn(id: "cases", title: "案件", width: .fixed(4), alignment: .right),
      TableColumn(id: "due", title: "期限", width: .flexible(min: 6, weight: 1)),
    ],
    sort: TableSort(columnID: "name", ascending: true))

  static func row(_ index: Int) -> TableRow {
    let overdue = index % 3 == 1
    return TableRow(
      id: "E\(index)",
      cells: [
        names[index % names.count], districts[index % districts.count], String(index * 7),
        overdue ? "逾期 3 天" : "剩 12 天",
      ],
      cellRoles: [nil, nil, nil, overdue ? .clockOverdue : nil])
  }

  private func state(selected: Int, marked: Set<String> = []) -> TableState {
    var state = TableState()
    state.selectedIndex = selected
    state.selectedID = "E\(selected)"
    state.marked = marked
    return state
  }

  @Test func normalSize() {
    var buffer = Buffer(size: Size(width: 80, height: 10))
    table.render(
      into: &buffer, area: buffer.bounds, state: state(selected: 2, marked: ["E4", "E2"]),
      rowCount: 7, row: TableTests.row)
    Snapshot.assertMatches(buffer, named: "table-80x10")
  }

  @Test func narrowSizeScrolledToTheSelection() {
    var buffer = Buffer(size: Size(width: 30, height: 6))
    table.render(
      into: &buffer, area: buffer.bounds, state: state(selected: 6), rowCount: 7,
      row: TableTests.row)
    Snapshot.assertMatches(buffer, named: "table-30x6")
  }

  @Test func unfocusedDescendingInAnInnerArea() {
    var buffer = Buffer(size: Size(width: 40, height: 6))
    var sorted = table
    sorted.sort = TableSort(columnID: "cases", ascending: false)
    sorted.render(
      into: &buffer, area: Rect(x: 2, y: 1, width: 36, height: 4), state: state(selected: 1),
      rowCount: 7, row: TableTests.row, isFocused: false)
    Snapshot.assertMatches(buffer, named: "table-unfocused")
  }

  @Test func emptyTableShowsOnlyTheHeader() {
    var buffer = Buffer(size: Size(width: 40, height: 4))
    table.render(
      into: &buffer, area: buffer.bounds, state: TableState(), rowCount: 0,
      row: { _ in TableRow(id: "", cells: []) })
    #expect(buffer.rowText(0).hasPrefix("  名称"))
    for y in 1..<4 { #expect(buffer.rowText(y).allSatisfy { $0 == " " }) }
    #expect(buffer.cursor == nil)
  }

  @Test func rowsAreRequestedOnlyWhenVisible() {
    var buffer = Buffer(size: Size(width: 80, height: 24))
    var requested: [Int] = []
    var state = TableState()
    state.selectedIndex = 50_000
    table.render(
      into: &buffer, area: buffer.bounds, state: state, rowCount: 100_000,
      row: { index in
        requested.append(index)
        return TableTests.row(index)
      })
    let visible = Table.visibleRows(area: buffer.bounds, showsHeader: true)
    #expect(visible == 23)
    #expect(requested.count == visible)
    #expect(requested.contains(50_000))
    #expect(buffer.cursor?.y == requested.firstIndex(of: 50_000).map { $0 + 1 })
  }

  @Test func focusedCursorSitsOnTheSelectedRow() {
    var buffer = Buffer(size: Size(width: 40, height: 6))
    table.render(
      into: &buffer, area: buffer.bounds, state: state(selected: 2), rowCount: 7,
      row: TableTests.row)
    #expect(buffer.cursor == Point(x: 2, y: 3))
    #expect(buffer[0, 3].character == "▶")
    #expect(buffer[5, 3].role == .listRowSelected)
  }

  @Test func columnWidthsShareTheSpareWidthAndHideWhatDoesNotFit() {
    #expect(table.columnWidths(totalWidth: 80) == [42, 6, 4, 23])
    let widths = table.columnWidths(totalWidth: 20)
    #expect(widths == [8, 6, 2, 0])
    #expect(widths.reduce(0, +) + 2 + 2 <= 20)
  }
}
