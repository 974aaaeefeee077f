import TerminalUI
import Testing

@Suite struct DiffTests {
  private let columns = [
    TableColumn(id: "name", title: "名称", width: .flexible(min: 10, weight: 1)),
    TableColumn(id: "district", title: "区县", width: .fixed(8)),
  ]

  private func row(_ index: Int) -> TableRow {
    TableRow(id: "E\(index)", cells: ["鞍山钢铁集团有限公司\(index)", "铁东区"])
  }

  private func render(_ state: TableState) -> Buffer {
    var buffer = Buffer(size: Size(width: 40, height: 10))
    Table(columns: columns).render(
      into: &buffer, area: buffer.bounds, state: state, rowCount: 50, row: row)
    return buffer
  }

  @Test func identicalBuffersHaveNoChanges() {
    let buffer = render(TableState())
    #expect(buffer.changes(from: buffer).isEmpty)
  }

  @Test func movingTheSelectionDownChangesOnlyTwoRows() {
    var state = TableState()
    state.selectedIndex = 3
    let before = render(state)
    state.moveSelection(by: 1, rowCount: 50, rowID: { "E\($0)" })
    state.ensureVisible(pageSize: 9, rowCount: 50)
    let after = render(state)
    let rows = Set(after.changes(from: before).map(\.y))
    // Row index 3 and 4 are drawn below the header (y = index + 1).
    #expect(rows == [4, 5])
  }

  @Test func aChangedContinuationIsSentAsItsLead() {
    var before = Buffer(size: Size(width: 4, height: 1))
    before.write("钢", x: 0, y: 0, role: .normal)
    var after = before
    after.setRole(.listRowSelected, in: Rect(x: 1, y: 0, width: 1, height: 1))
    let changes = after.changes(from: before)
    #expect(changes.count == 1)
    #expect(changes.first?.x == 0)
    #expect(changes.first?.cell.character == "钢")
  }

  @Test func aSizeChangeSendsEveryCell() {
    let before = Buffer(size: Size(width: 3, height: 2))
    let after = Buffer(size: Size(width: 4, height: 2))
    #expect(after.changes(from: before).count == 8)
  }

  @Test func memoryBackendCountsFewCellsForASmallChange() {
    let backend = MemoryBackend(size: Size(width: 40, height: 10))
    var state = TableState()
    let first = render(state)
    backend.present(first.changes(from: Buffer(size: first.size)), cursor: first.cursor) { _ in
      .plain
    }
    state.moveSelection(by: 1, rowCount: 50)
    let second = render(state)
    backend.present(second.changes(from: first), cursor: second.cursor) { _ in .plain }
    #expect(backend.screen.text == second.text)
    #expect(backend.lastChanges.count <= 2 * 40)
  }
}
