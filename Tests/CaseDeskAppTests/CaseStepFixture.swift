import CaseDeskDomain
import CaseDeskStore
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// A case opened in the demo on a clue and carried from one operator's harness to the next: each step
/// runs in a harness of the role that takes it, on its own day, with every earlier change
/// replayed into that harness's store.
final class CaseStepFixture {
  /// The word in the case's violation that the pane's filter finds it by.
  static let marker = "flowtestxq"

  let size: Size
  let language: Language
  /// Every change made so far, oldest first.
  private(set) var events: [Event] = []
  private(set) var caseID = CaseID("")

  /// The clue the case was opened on.
  private(set) var clueID = ClueID("")

  /// Starts at a clue: clerk1 receives a hotline complaint about the demo's first enterprise
  /// (through the store: there is no Clues pane yet), then officer1 opens the case on it by
  /// key presses (conduct on 2025-06-01) on the demo's day.
  init(size: Size = Size(width: 160, height: 40), language: Language = .zh) throws {
    self.size = size
    self.language = language
    let harness = AppHarness(
      size: size, language: language, options: LaunchOptions(operatorID: "officer1", demo: true))
    let enterprise = try #require(harness.store.state.enterprises.keys.sorted().first)
    let received = try #require(Day(Self.clueReceivedOn))
    let intake = ClueIntake(
      source: .hotline, enterprise: enterprise, facts: "夜间排放异味 " + Self.marker,
      receivedAt: Timestamp(
        day: received, hour: 9, utcOffset: harness.store.state.settings.utcOffset))
    let clueEvents = try harness.store.make(
      .clue(.receiveClue(intake)), by: .staff("clerk1"), at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, clueEvents))
    clueID = try #require(
      harness.store.state.clues.values.first { $0.facts.contains(Self.marker) }?.id)
    harness.press("pane.cases")
    Self.openCase(
      on: enterprise, clue: clueID, violation: "超标排放 " + Self.marker,
      basis: "大气污染防治法第九十九条", conductOn: "2025-06-01", harness)
    harness.press("form.save")
    try #require(Self.form(harness) == nil, "\(Self.form(harness)?.problems ?? [:])")
    events = harness.store.events
    caseID = try #require(
      harness.store.state.cases.values.first { $0.violation.contains(Self.marker) }?.id)
  }

  /// The day the fixture's clue is received.
  static let clueReceivedOn = "2025-06-20"

  /// Fills the case-opening form by key presses: `a`, the enterprise picked by typing its
  /// credit code, the clue chosen in the source list, the violation, the basis, the day.
  static func openCase(
    on enterprise: EnterpriseID, clue: ClueID?, violation: String, basis: String,
    conductOn: String?, _ harness: AppHarness
  ) {
    harness.press("cases.open")
    focus(OpenCaseForm.Field.enterprise.rawValue, harness)
    harness.type(enterprise.raw)
    harness.press("form.pick")
    if let clue { chooseOption(OpenCaseForm.Field.source.rawValue, containing: clue.raw, harness) }
    fill(OpenCaseForm.Field.violation.rawValue, violation, harness)
    fill(OpenCaseForm.Field.legalBasis.rawValue, basis, harness)
    if let conductOn {
      focus(OpenCaseForm.Field.conductOn.rawValue, harness)
      harness.press(keys: "<C-u>")
      harness.type(conductOn)
    }
  }

  /// Moves a choice field on to the first option containing a text.
  static func chooseOption(_ id: String, containing text: String, _ harness: AppHarness) {
    guard case .choice(let list)? = form(harness)?.form[id]?.kind,
      let target = list.options.firstIndex(where: { $0.contains(text) })
    else { return }
    let current = list.options.firstIndex(of: list.value) ?? 0
    choose(id, next: (target - current + list.options.count) % list.options.count, harness)
  }

  /// A harness of an operator on a day, with every change so far, on the case review pane
  /// filtered to the case.
  func harness(_ operatorID: String, today: String = "2025-06-30") throws -> AppHarness {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: operatorID, demo: true, today: today))
    try harness.store.record(events)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    harness.press("pane.cases")
    harness.press("list.filter")
    harness.type(Self.marker)
    harness.press("filter.accept")
    return harness
  }

  /// Keeps the harness's changes for the next step.
  func keep(_ harness: AppHarness) {
    events = harness.store.events
  }

  /// The case as the harness's store has it.
  func record(_ harness: AppHarness) -> EnforcementCase? {
    harness.store.state.cases[caseID]
  }

  // MARK: - Driving the form

  /// The open pane form, or nil.
  static func form(_ harness: AppHarness) -> PaneForm? {
    if case .paneForm(let form)? = harness.state.overlay { return form }
    return nil
  }

  /// Moves the focus to a field by Tab presses.
  static func focus(_ id: String, _ harness: AppHarness) {
    let count = form(harness)?.form.fields.count ?? 0
    for _ in 0...count {
      if form(harness)?.form.focused?.id == id { return }
      harness.press("form.next")
    }
  }

  /// Types text into a field.
  static func fill(_ id: String, _ text: String, _ harness: AppHarness) {
    focus(id, harness)
    harness.type(text)
  }

  /// Turns a toggle on (or off).
  static func toggle(_ id: String, _ harness: AppHarness) {
    focus(id, harness)
    harness.press(keys: "<Space>")
  }

  /// Moves a choice field on by some options.
  static func choose(_ id: String, next count: Int, _ harness: AppHarness) {
    focus(id, harness)
    for _ in 0..<count { harness.press(keys: "<Right>") }
  }

  /// Opens the step form with `>` and switches to a step when it is not the first offered.
  static func open(_ step: CaseStep, _ harness: AppHarness) {
    harness.press("cases.nextStep")
    guard case .caseStep(_, let shown)? = form(harness)?.purpose, shown != step else { return }
    let title = harness.state.strings[step.titleKey]
    guard case .choice(let list)? = form(harness)?.form[CaseStepForm.stepField]?.kind,
      let target = list.options.firstIndex(of: title),
      let current = list.options.firstIndex(of: list.value)
    else { return }
    choose(
      CaseStepForm.stepField, next: (target - current + list.options.count) % list.options.count,
      harness)
  }
}
