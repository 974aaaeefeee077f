import TerminalUI
import Testing

@Suite struct TableStateTests {
  private let ids = ["a", "b", "c", "d", "e"]

  @Test func moveSelectionStopsAtTheEndsAndTracksTheRecord() {
    var state = TableState()
    state.moveSelection(by: 3, rowCount: ids.count) { ids[$0] }
    #expect(state.selectedIndex == 3)
    #expect(state.selectedID == "d")
    state.moveSelection(by: 10, rowCount: ids.count) { ids[$0] }
    #expect(state.selectedIndex == 4)
    state.moveSelection(by: -10, rowCount: ids.count) { ids[$0] }
    #expect(state.selectedIndex == 0)
    #expect(state.selectedID == "a")
  }

  @Test func withoutRowIDTheRecordIsForgotten() {
    var state = TableState()
    state.selectedID = "a"
    state.moveSelection(by: 1, rowCount: ids.count)
    #expect(state.selectedID == nil)
  }

  @Test func firstLastAndEmptyList() {
    var state = TableState()
    state.selectLast(rowCount: ids.count) { ids[$0] }
    #expect(state.selectedIndex == 4)
    #expect(state.selectedID == "e")
    state.selectFirst(rowCount: ids.count) { ids[$0] }
    #expect(state.selectedIndex == 0)
    #expect(state.selectedID == "a")
    state.selectLast(rowCount: 0) { ids[$0] }
    #expect(state.selectedIndex == 0)
    #expect(state.selectedID == nil)
  }

  @Test func pagingMovesSelectionAndView() {
    var state = TableState()
    state.page(down: true, rowCount: 100, pageSize: 10)
    #expect(state.selectedIndex == 10)
    #expect(state.scrollOffset == 10)
    state.page(down: true, rowCount: 15, pageSize: 10)
    #expect(state.selectedIndex == 14)
    #expect(state.scrollOffset == 5)
    state.page(down: false, rowCount: 15, pageSize: 10)
    #expect(state.selectedIndex == 4)
    #expect(state.scrollOffset == 0)
  }

  @Test func ensureVisibleScrollsAsLittleAsNeeded() {
    var state = TableState()
    state.selectedIndex = 12
    state.ensureVisible(pageSize: 5, rowCount: 100)
    #expect(state.scrollOffset == 8)
    state.selectedIndex = 10
    state.ensureVisible(pageSize: 5, rowCount: 100)
    #expect(state.scrollOffset == 8)
    state.selectedIndex = 2
    state.ensureVisible(pageSize: 5, rowCount: 100)
    #expect(state.scrollOffset == 2)
    state.scrollOffset = 90
    state.selectedIndex = 99
    state.ensureVisible(pageSize: 5, rowCount: 20)
    #expect(state.selectedIndex == 19)
    #expect(state.scrollOffset == 15)
  }

  @Test func reconcileKeepsTheSameRecordAfterResort() {
    var state = TableState()
    state.moveSelection(by: 1, rowCount: ids.count) { ids[$0] }
    #expect(state.selectedID == "b")
    let resorted = Array(ids.reversed())
    state.reconcile(
      rowCount: resorted.count, indexOf: { resorted.firstIndex(of: $0) },
      rowID: { resorted[$0] })
    #expect(state.selectedIndex == 3)
    #expect(state.selectedID == "b")
  }

  @Test func reconcileClampsWhenTheRecordVanishes() {
    var state = TableState()
    state.selectLast(rowCount: ids.count) { ids[$0] }
    let filtered = ["a", "c"]
    state.reconcile(
      rowCount: filtered.count, indexOf: { filtered.firstIndex(of: $0) },
      rowID: { filtered[$0] }, pageSize: 10)
    #expect(state.selectedIndex == 1)
    #expect(state.selectedID == "c")
    #expect(state.scrollOffset == 0)
    state.reconcile(rowCount: 0, indexOf: { _ in nil }, rowID: { filtered[$0] })
    #expect(state.selectedIndex == 0)
    #expect(state.selectedID == nil)
  }

  @Test func reconcileFollowsAnInsertion() {
    var state = TableState()
    state.moveSelection(by: 2, rowCount: ids.count) { ids[$0] }
    let grown = ["new"] + ids
    state.reconcile(rowCount: grown.count, indexOf: { grown.firstIndex(of: $0) })
    #expect(state.selectedIndex == 3)
    #expect(state.selectedID == "c")
  }

  @Test func toggleMark() {
    var state = TableState()
    state.toggleMark(id: "a")
    state.toggleMark(id: "b")
    state.toggleMark(id: "a")
    #expect(state.marked == ["b"])
  }
}
