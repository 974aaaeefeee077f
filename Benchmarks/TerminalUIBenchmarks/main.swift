// Render + diff benchmarks (performance.md target 6): a full 200×60 frame of the app shell,
// and the cells sent when the selection moves one row down. Run in release:
//   swift run -c release TerminalUIBenchmarks [iterations]
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI

/// Median and 99th percentile of timings in microseconds.
func summary(_ samples: [Double]) -> (median: Double, p99: Double) {
  let sorted = samples.sorted()
  guard !sorted.isEmpty else { return (0, 0) }
  let median = sorted[sorted.count / 2]
  let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
  return (median, p99)
}

func microseconds(_ duration: Duration) -> Double {
  let parts = duration.components
  return Double(parts.seconds) * 1e6 + Double(parts.attoseconds) / 1e12
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2000
let size = Size(width: 200, height: 60)
// The demo bureau's register (1,260 enterprises) fills every row.
let demo = DemoBuilder.build()
let context = AppLauncher.prepare(
  options: LaunchOptions(language: .zh, demo: true), environment: [:], size: size,
  workspace: OpenedWorkspace(
    name: demo.name, state: demo.state,
    config: WorkspaceConfig(name: demo.name, isDemo: true, asOf: demo.asOf), access: .writer))
var state = context.state

var renderSamples: [Double] = []
var diffSamples: [Double] = []
var frameSamples: [Double] = []
var moveCells: [Int] = []
var moveRows: [Int] = []
var moveListRows: [Int] = []
// The list takes the left 60% of the screen; the detail beside it shows the selected record.
let listWidth = size.width * 60 / 100
var front = Buffer(size: size)
var back = Buffer(size: size)
AppView.render(state, into: &front)
let clock = ContinuousClock()
for iteration in 0..<iterations {
  // Alternate the selection between two rows so every frame differs from the last.
  _ = AppReducer.reduce(&state, .commandInvoked(iteration % 2 == 0 ? .moveDown : .moveUp))
  let start = clock.now
  AppView.render(state, into: &back)
  let rendered = clock.now
  let changes = back.changes(from: front)
  let end = clock.now
  renderSamples.append(microseconds(rendered - start))
  diffSamples.append(microseconds(end - rendered))
  frameSamples.append(microseconds(end - start))
  moveCells.append(changes.count)
  moveRows.append(Set(changes.map(\.y)).count)
  moveListRows.append(Set(changes.filter { $0.x < listWidth }.map(\.y)).count)
  swap(&front, &back)
}

// A full repaint: every cell differs from an empty screen.
var fullSamples: [Double] = []
var fullCells = 0
for _ in 0..<max(1, iterations / 4) {
  let empty = Buffer(size: Size(width: 0, height: 0))
  let start = clock.now
  AppView.render(state, into: &back)
  let changes = back.changes(from: empty)
  fullSamples.append(microseconds(clock.now - start))
  fullCells = changes.count
}

let rows: [(String, (median: Double, p99: Double), String)] = [
  ("render 200x60 frame", summary(renderSamples), "cells=\(size.width * size.height)"),
  ("diff 200x60 frame", summary(diffSamples), "cells=\(size.width * size.height)"),
  (
    "render+diff, selection one row down", summary(frameSamples),
    "cells_sent=\(moveCells.max() ?? 0) rows_sent=\(moveRows.max() ?? 0)"
      + " list_rows_sent=\(moveListRows.max() ?? 0)"
  ),
  ("render+diff, full repaint", summary(fullSamples), "cells_sent=\(fullCells)"),
]
print("benchmark                              median_us    p99_us  items")
for (name, stats, items) in rows {
  print(
    name.padding(toLength: 38, withPad: " ", startingAt: 0)
      + String(format: " %9.1f %9.1f  ", stats.median, stats.p99) + items)
}
print("\nTSV")
print("benchmark\tmedian_us\tp99_us\titerations\titems")
for (name, stats, items) in rows {
  print(
    "\(name)\t\(String(format: "%.1f", stats.median))\t\(String(format: "%.1f", stats.p99))\t\(iterations)\t\(items)"
  )
}
