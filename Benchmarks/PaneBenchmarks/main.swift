// Pane benchmarks: building the positive list pane (and the case and referral rows), rebuilding
// it after a saved change, and a filter keystroke on it. Run in release:
//   swift run -c release PaneBenchmarks [WORKSPACE] [iterations]
// Without a workspace directory the demo bureau is built in memory; with one (a `casedesk demo
// --scale N` workspace, say) it is opened read-only.
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI

/// Median and 99th percentile of timings in milliseconds.
func summary(_ samples: [Double]) -> (median: Double, p99: Double) {
  let sorted = samples.sorted()
  guard !sorted.isEmpty else { return (0, 0) }
  return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))])
}

func milliseconds(_ duration: Duration) -> Double {
  let parts = duration.components
  return Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15
}

let arguments = Array(CommandLine.arguments.dropFirst())
let path = arguments.first { Int($0) == nil }
let iterations = arguments.compactMap(Int.init).first ?? 5
let clock = ContinuousClock()

let opened: OpenedWorkspace
let openStart = clock.now
if let path {
  do {
    let workspace = try Workspace.open(at: path, operatorID: "bench", readOnly: true)
    opened = OpenedWorkspace(
      name: workspace.config.name, state: workspace.state, config: workspace.config,
      access: .readOnlyRequested)
  } catch {
    print("cannot open \(path): \(error)")
    exit(1)
  }
} else {
  let demo = DemoBuilder.build()
  opened = OpenedWorkspace(
    name: demo.name, state: demo.state,
    config: WorkspaceConfig(name: demo.name, isDemo: true, asOf: demo.asOf), access: .writer)
}
let openTime = milliseconds(clock.now - openStart)
let domain = opened.state
let today =
  opened.config.asOf
  ?? Timestamp(secondsSinceEpoch: Int64(time(nil))).day(utcOffset: domain.settings.utcOffset)
print(
  "workspace: \(domain.enterprises.count) enterprises, \(domain.positiveList.count) entries,"
    + " \(domain.cases.count) cases, \(domain.clues.count) clues (opened in \(Int(openTime)) ms)")

// The enterprises pane's rows, which the positive list's rows follow.
let register = EnterpriseRow.rows(of: domain)
var rows: [Double] = []
var queue: [Double] = []
var pane: [Double] = []
var caseRows: [Double] = []
var caseCount = 0
var referralRows: [Double] = []
var referralCount = 0
var cluePass: [Double] = []
var rowCount = 0
for _ in 0..<iterations {
  var start = clock.now
  let items = domain.positiveListReviewQueue(on: today)
  queue.append(milliseconds(clock.now - start))
  start = clock.now
  rowCount =
    PositiveListRow.rows(of: domain, on: today, reviewQueue: items, register: register)
    .count
  rows.append(milliseconds(clock.now - start))
  start = clock.now
  var open = 0
  for clue in domain.clues.values where clue.isOpen { open += 1 }
  cluePass.append(milliseconds(clock.now - start))
  if open < 0 { print(open) }
  start = clock.now
  caseCount =
    CaseRow.rows(
      of: domain, at: Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset),
      operator: StaffID("leader1")
    ).count
  caseRows.append(milliseconds(clock.now - start))
  start = clock.now
  referralCount =
    ReferralRow.rows(
      of: domain, at: Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset)
    ).count
  referralRows.append(milliseconds(clock.now - start))
  start = clock.now
  _ = PositiveListPaneState(
    domain: domain, now: Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset))
  pane.append(milliseconds(clock.now - start))
}

// A filter keystroke on the positive list pane, typed character by character.
let size = Size(width: 120, height: 40)
let context = AppLauncher.prepare(
  options: LaunchOptions(language: .zh, demo: path == nil, today: today.description),
  environment: [:], size: size, workspace: opened)
var state = context.state
_ = AppReducer.reduce(&state, .commandInvoked(.showPositiveList))
_ = AppReducer.reduce(&state, .commandInvoked(.positiveNextTab))  // candidates: the most rows
var keystrokes: [Double] = []
for query in ["鞍山", "anshan", "asgt", "district:铁西 钢铁"] {
  for _ in 0..<iterations {
    _ = AppReducer.reduce(&state, .commandInvoked(.filterList))
    for character in query {
      let start = clock.now
      _ = AppReducer.reduce(&state, .keyTyped(.character(character)))
      keystrokes.append(milliseconds(clock.now - start))
    }
    _ = AppReducer.reduce(&state, .commandInvoked(.cancelFilter))
  }
}
// Rebuilding after a saved change (every change rebuilds the shown pane's rows).
var rebuilds: [Double] = []
for _ in 0..<iterations {
  let start = clock.now
  _ = AppReducer.reduce(&state, .domainChanged(domain, []))
  rebuilds.append(milliseconds(clock.now - start))
}
// The same with another pane shown (the positive list above rebuilds its 100k rows).
var paneChanges: [(String, [Double])] = []
for (command, name) in [
  (AppCommand.showEnterprises, "enterprises"), (.showCases, "cases"),
  (.showReferrals, "referrals"),
] {
  _ = AppReducer.reduce(&state, .commandInvoked(command))
  var samples: [Double] = []
  for _ in 0..<iterations {
    let start = clock.now
    _ = AppReducer.reduce(&state, .domainChanged(domain, []))
    samples.append(milliseconds(clock.now - start))
  }
  paneChanges.append(("after a saved change (\(name) shown)", samples))
}

// Keystrokes in the referral forms as an officer: the draft form of pane 6 (`a`: the case typed
// into its first field, then the persons responsible), and the documents step of a drafted
// referral (`>`: a document number). Each keystroke checks the draft or step unsaved.
func typed(_ text: String, into state: inout AppState) -> [Double] {
  var samples: [Double] = []
  for character in text {
    let start = clock.now
    _ = AppReducer.reduce(&state, .keyTyped(.character(character)))
    samples.append(milliseconds(clock.now - start))
  }
  return samples
}
let officer = AppLauncher.prepare(
  options: LaunchOptions(
    operatorID: "officer1", language: .zh, demo: path == nil, today: today.description),
  environment: [:], size: size,
  workspace: OpenedWorkspace(
    name: opened.name, state: domain, config: opened.config, access: .writer))
var draftCaseKeys: [Double] = []
var draftPersonKeys: [Double] = []
var stepKeys: [Double] = []
let draftCase = domain.cases.values.first { $0.number != nil && !$0.isArchived }
let draftedReferral = domain.referrals.values.first { $0.stage == .drafted }
for _ in 0..<iterations {
  var form = officer.state
  _ = AppReducer.reduce(&form, .commandInvoked(.showReferrals))
  _ = AppReducer.reduce(&form, .commandInvoked(.referralsDraft))
  draftCaseKeys += typed(draftCase?.displayNumber ?? "2025", into: &form)
  _ = AppReducer.reduce(&form, .keyTyped(.tab))
  for _ in 0..<4 { _ = AppReducer.reduce(&form, .keyTyped(.backTab)) }
  for _ in 0..<12 { _ = AppReducer.reduce(&form, .keyTyped(.tab)) }
  draftPersonKeys += typed("张三李四", into: &form)
  guard let referral = draftedReferral, let person = referral.responsiblePersons.first else {
    continue
  }
  var step = officer.state
  _ = AppReducer.reduce(&step, .commandInvoked(.showReferrals))
  _ = AppReducer.reduce(&step, .commandInvoked(.filterList))
  _ = typed(person, into: &step)
  _ = AppReducer.reduce(&step, .commandInvoked(.acceptFilter))
  _ = AppReducer.reduce(&step, .commandInvoked(.referralsNextStep))
  guard case .paneForm? = step.overlay else {
    print("no step form for \(referral.id): \(step.message?.text ?? "")")
    break
  }
  for _ in 0..<3 { _ = AppReducer.reduce(&step, .keyTyped(.tab)) }
  stepKeys += typed("文-2025-001", into: &step)
}

// The parts of a saved change, for the operator the app opened as and for others' roles.
let now = Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset)
let operatorID = StaffID(state.operatorInfo.id)
var parts: [(String, [Double], String)] = []
@MainActor func part(_ name: String, items: String = "", _ body: () -> Int) {
  var samples: [Double] = []
  var count = 0
  for _ in 0..<iterations {
    let start = clock.now
    count = body()
    samples.append(milliseconds(clock.now - start))
  }
  parts.append((name, samples, items.isEmpty ? "n=\(count)" : items))
}
part("part: all open deadline items") { domain.deadlineItems(at: now).count }
for id in [operatorID, StaffID("leader1"), StaffID("clerk1"), StaffID("legal1")] {
  part("part: queue counts \(id.raw)") {
    let counts = domain.queueCounts(for: id, at: now)
    return counts.overdue + counts.dueSoon
  }
}
part("part: queue \(operatorID.raw) (sorted items)") {
  domain.queue(for: operatorID, at: now).count
}
part("part: review-needed queue") {
  domain.positiveListReviewQueue(on: today).count
}
part("part: referral overdue count") { ReferralRow.overdueCount(of: domain, at: now) }
part("part: case rows \(operatorID.raw)") {
  CaseRow.rows(of: domain, at: now, operator: operatorID).count
}

let results: [(String, [Double], String)] =
  [
    ("positive list rows", rows, "rows=\(rowCount)"),
    ("review-needed queue", queue, ""),
    ("reference: one pass over the clues", cluePass, "clues=\(domain.clues.count)"),
    ("positive list pane state", pane, ""),
    ("case review rows", caseRows, "cases=\(caseCount)"),
    ("referral rows", referralRows, "referrals=\(referralCount)"),
    ("filter keystroke (candidates tab)", keystrokes, "keystrokes=\(keystrokes.count)"),
    ("after a saved change (whole app)", rebuilds, "positive list shown"),
    ("referral draft: case field keystroke", draftCaseKeys, "keystrokes=\(draftCaseKeys.count)"),
    (
      "referral draft: text field keystroke", draftPersonKeys, "keystrokes=\(draftPersonKeys.count)"
    ),
    ("referral step form keystroke", stepKeys, "keystrokes=\(stepKeys.count)"),
  ] + paneChanges.map { ($0.0, $0.1, "") } + parts
print("benchmark                                 median_ms    p99_ms  items")
for (name, samples, items) in results {
  let stats = summary(samples)
  print(
    name.padding(toLength: 40, withPad: " ", startingAt: 0)
      + String(format: " %9.2f %9.2f  ", stats.median, stats.p99) + items)
}
