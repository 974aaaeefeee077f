import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The remaining step forms with the problem each explains: a missing value, a day the rules
/// refuse, or a rule that refuses the step because the case changed while the form was open;
/// on the demo as of its last day.
extension CaseStepSnapshotTests {
  /// How a snapshotted step is set up and made to show a problem.
  struct MoreStep: Sendable, CustomTestStringConvertible {
    var step: CaseStep
    /// The operator, or nil for the case's first officer.
    var operatorID: String?
    /// Which demo case takes the step (the lowest id of those offering it).
    var fits: @Sendable (EnforcementCase) -> Bool
    /// A change made to the case before the form opens, by the operator.
    var before: (@Sendable (CaseID) -> CaseCommand)? = nil
    /// A change saved elsewhere while the form is open, by another operator (or nil for the
    /// same operator in another window).
    var meanwhile: (@Sendable (CaseID) -> (CaseCommand, String?))? = nil
    /// The keys pressed in the form before saving.
    var keys: @Sendable (AppHarness) -> Void = { _ in }
    /// The field expected to show a problem, or nil for the form's own line.
    var field: String?

    var testDescription: String { step.rawValue }
  }

  /// A day as the domain reads it (the calendar's first day when the text is not one).
  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  /// Clears a field and types a new value in it.
  static func retype(_ id: String, _ text: String, _ harness: AppHarness) {
    F.focus(id, harness)
    for _ in 0..<12 { harness.press(keys: "<BS>") }
    harness.type(text)
  }

  static let moreSteps: [MoreStep] = [
    MoreStep(
      step: .submitReport, fits: { $0.stage == .investigation }, field: "report.proposedOutcome"),
    MoreStep(step: .recordStatement, fits: { $0.stage == .notified }, field: "statement.text"),
    MoreStep(
      step: .requestHearing,
      fits: { $0.stage == .notified && $0.priorNotice?.notice.hearingRight == true },
      keys: { retype("hearing.requestedOn", "2030-01-01", $0) }, field: "hearing.requestedOn"),
    MoreStep(
      step: .scheduleHearing,
      fits: {
        $0.stage == .hearing && $0.hearing?.scheduledFor != nil && $0.hearing?.isHeld == false
      },
      field: "hearing.hearingOn"),
    MoreStep(
      step: .recordHearing,
      fits: {
        $0.stage == .hearing && $0.hearing?.scheduledFor != nil && $0.hearing?.isHeld == false
      },
      field: "hearing.record"),
    MoreStep(
      step: .collectiveDiscussion, operatorID: "leader1", fits: { $0.stage == .legalReviewed },
      field: "discussion.minutes"),
    MoreStep(
      step: .archiveCase, operatorID: "clerk1", fits: { $0.stage == .closed },
      meanwhile: { (.archiveCase($0), "leader1") }, field: nil),
    MoreStep(
      step: .grantExtension, operatorID: "leader1", fits: { $0.stage == .investigation },
      field: "extension.reason"),
    MoreStep(
      step: .resumeClock, operatorID: "leader1",
      fits: { $0.stage == .investigation && $0.openPause == nil },
      before: { .pauseClock($0, .suspension, reason: "当事人下落不明", on: day(CasesFixture.asOf)) },
      keys: { retype("pause.end", "2030-01-01", $0) }, field: "pause.end"),
    MoreStep(
      step: .withdrawFiling, operatorID: "leader1", fits: { $0.stage == .investigation },
      field: "withdrawal.reason"),
    MoreStep(
      step: .setFlags, fits: { $0.stage == .investigation && !$0.flags.complex },
      keys: { F.toggle("flags.complex", $0) }, field: "flags.note"),
    MoreStep(
      step: .preserveEvidence, fits: { $0.stage == .investigation },
      field: "preservation.items"),
    MoreStep(
      step: .decidePreservedEvidence,
      fits: { $0.stage == .investigation && $0.preservations.isEmpty },
      before: { .preserveEvidence($0, items: "废水采样瓶 3 个") },
      meanwhile: {
        (.decidePreservedEvidence($0, index: 0, outcome: .released, note: ""), nil)
      }, field: nil),
    MoreStep(
      step: .approveInstalments, operatorID: "leader1",
      fits: { $0.stage == .served && $0.outstandingFineFen > 0 },
      keys: { F.fill(CaseStepValues.instalmentsField, "2025-08-01 tbd", $0) },
      field: CaseStepValues.instalmentsField),
    MoreStep(
      step: .recordEnforcement, operatorID: "clerk1",
      fits: { $0.stage == .served && $0.outstandingFineFen > 0 },
      field: "enforcement.documentNumber"),
    MoreStep(
      step: .recordRecheck,
      fits: {
        [.decided, .served, .enforcement].contains($0.stage)
          && $0.decision?.decision.kind == .noPenaltyMinor
      }, field: "recheck.note"),
    MoreStep(
      step: .applyNoCoercion, fits: { $0.stage == .investigation },
      field: "noCoercion.reason"),
  ]

  /// Saves a change into the harness's store as another operator, as if saved elsewhere.
  static func saveElsewhere(_ command: CaseCommand, by operatorID: String, _ harness: AppHarness)
    throws
  {
    let events = try harness.store.make(
      .enforcementCase(command), by: .staff(StaffID(operatorID)), at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
  }

  @Test(arguments: moreSteps, [Language.zh, .en])
  func moreStepFormsWithAProblem(_ entry: MoreStep, _ language: Language) throws {
    let demo = AppHarness(options: LaunchOptions(operatorID: "officer1", demo: true)).store.state
    let record = try #require(
      demo.cases.values.filter { $0.number != nil && entry.fits($0) }.min { $0.id < $1.id },
      "no demo case for \(entry.step)")
    let operatorID = entry.operatorID ?? record.officers.first?.raw ?? "officer1"
    for size in Self.sizes {
      let harness = AppHarness(
        size: size, language: language,
        options: LaunchOptions(operatorID: operatorID, demo: true, today: CasesFixture.asOf))
      if let before = entry.before {
        try Self.saveElsewhere(before(record.id), by: operatorID, harness)
      }
      harness.press("pane.cases")
      #expect(CasesFixture.select(record.id, in: harness))
      F.open(entry.step, harness)
      let form = try #require(F.form(harness))
      #expect(form.purpose == .caseStep(record.id, entry.step))
      entry.keys(harness)
      if let meanwhile = entry.meanwhile {
        let (command, other) = meanwhile(record.id)
        try Self.saveElsewhere(command, by: other ?? operatorID, harness)
      }
      harness.press("form.save")
      let shown = try #require(F.form(harness))
      if let field = entry.field {
        #expect(shown.problems[field] != nil, "\(shown.problems) \(shown.generalProblem ?? "")")
      } else {
        #expect(shown.generalProblem != nil, "\(shown.problems)")
      }
      Snapshot.assertMatches(
        harness.screen, named: "case-step-\(entry.step.rawValue)-\(size)-\(language)")
    }
  }
}
