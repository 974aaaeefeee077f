import TerminalUI
import Testing

@Suite struct LayoutTests {
  @Test func lengthsThenPercentagesThenFill() {
    let rects = Layout.split(
      Rect(x: 0, y: 0, width: 100, height: 5), .horizontal,
      [.length(10), .percentage(30), .fill(1), .fill(3)])
    #expect(rects.map(\.width) == [10, 30, 15, 45])
    #expect(rects.map(\.x) == [0, 10, 40, 55])
    #expect(rects.allSatisfy { $0.height == 5 && $0.y == 0 })
  }

  @Test func fillTilesTheWholeAreaWithSpacing() {
    for height in 0..<30 {
      let area = Rect(x: 2, y: 3, width: 10, height: height)
      let rects = Layout.split(area, .vertical, [.fill(1), .length(2), .fill(2)], spacing: 1)
      #expect(rects.count == 3)
      #expect(rects.allSatisfy { $0.height >= 0 && $0.maxY <= area.maxY })
      let gaps = height >= 2 ? 2 : 0
      if height >= 2 { #expect(rects.map(\.height).reduce(0, +) + gaps == height) }
      for (upper, lower) in zip(rects, rects.dropFirst()) { #expect(upper.maxY <= lower.y) }
    }
  }

  @Test func tooSmallAreaShrinksLaterParts() {
    let rects = Layout.split(
      Rect(x: 0, y: 0, width: 5, height: 1), .horizontal, [.length(4), .length(4), .fill(1)])
    #expect(rects.map(\.width) == [4, 1, 0])
    #expect(rects.map(\.x) == [0, 4, 5])
  }

  @Test func oddRemaindersGoToTheFirstFills() {
    let rects = Layout.split(
      Rect(x: 0, y: 0, width: 10, height: 1), .horizontal, [.fill(1), .fill(1), .fill(1)])
    #expect(rects.map(\.width) == [4, 3, 3])
  }

  @Test func emptyConstraintsGiveNoRects() {
    #expect(Layout.split(Rect(x: 0, y: 0, width: 10, height: 1), .horizontal, []).isEmpty)
  }
}
