import CaseDeskTestSupport
import TerminalUI
import Testing

@Suite struct ChartTests {
  static let monthly: [Double] = [3, 5, 2, 0, 8, 13, 21, 9, 4, 1, 0.2, 17, 6, 11]
  static let districts: [(label: String, value: Double)] = [
    ("铁东区", 128), ("铁西区", 96), ("立山区", 57), ("千山区", 12.4),
    ("岫岩满族自治县", 3), ("海城市", 210),
  ]

  @Test(arguments: [WidgetSnapshotTests.normal, WidgetSnapshotTests.narrow])
  func charts(size: Size) {
    var buffer = Buffer(size: size)
    let rows = Layout.split(
      buffer.bounds, .vertical, [.length(1), .length(3), .fill(1)], spacing: 1)
    Sparkline.render(into: &buffer, area: rows[0], values: ChartTests.monthly)
    Sparkline.render(into: &buffer, area: rows[1], values: ChartTests.monthly)
    BarChart.render(into: &buffer, area: rows[2], items: ChartTests.districts)
    Snapshot.assertMatches(buffer, named: "charts-\(size)")
  }

  @Test func nonFiniteAndNegativeValuesDoNotTrap() {
    var buffer = Buffer(size: Size(width: 20, height: 4))
    let odd: [Double] = [.nan, .infinity, -.infinity, -5, 0, 1e308, .leastNonzeroMagnitude]
    Sparkline.render(into: &buffer, area: buffer.bounds, values: odd)
    Sparkline.render(into: &buffer, area: buffer.bounds, values: odd, maxValue: 1e-308)
    Sparkline.render(into: &buffer, area: buffer.bounds, values: odd, maxValue: .nan)
    BarChart.render(
      into: &buffer, area: buffer.bounds, items: odd.map { (label: "x", value: $0) })
    BarChart.render(
      into: &buffer, area: buffer.bounds, items: odd.map { (label: "x", value: $0) },
      maxValue: .infinity)
    ProgressBar.render(into: &buffer, area: buffer.bounds, fraction: .infinity, label: "")
    #expect(buffer.rowText(0) == "███████████████ 100%")
  }

  @Test func chartGlyphsAreOneColumnWide() {
    for glyph: Character in ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] {
      #expect(DisplayWidth.columns(glyph) == 1, "\(glyph)")
    }
  }
}
