import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The step forms with their problems showing, at 80×24 and 40×12 in both languages.
@Suite struct CaseStepSnapshotTests {
  typealias F = CaseStepFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  /// A demo case at one of the stages, the earliest number first.
  static func demoCase(at stages: Set<CaseStage>, _ harness: AppHarness) -> EnforcementCase? {
    harness.store.state.cases.values.filter { stages.contains($0.stage) && $0.number != nil }
      .min { $0.id < $1.id }
  }

  /// A harness of an operator on the case review pane, with a demo case selected.
  static func harness(
    _ operatorID: String, at stages: Set<CaseStage>, _ size: Size, _ language: Language
  ) throws -> (AppHarness, EnforcementCase) {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: operatorID, demo: true))
    let record = try #require(demoCase(at: stages, harness))
    harness.press("pane.cases")
    for _ in harness.state.cases.records where harness.state.cases.selected?.id != record.id {
      harness.press("list.down")
    }
    #expect(harness.state.cases.selected?.id == record.id)
    return (harness, record)
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func filingWithoutItsConditions(_ size: Size, _ language: Language) throws {
    let fixture = try F(size: size, language: language)
    let harness = try fixture.harness("leader1")
    F.open(.fileCase, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["filing.suspectedViolation"] != nil)
    #expect(form.problems["filing.opinion"] != nil)
    Snapshot.assertMatches(harness.screen, named: "case-step-file-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func legalReviewPassWithoutTheChecklist(_ size: Size, _ language: Language) throws {
    let (harness, _) = try Self.harness("legal1", at: [.reviewed, .notified], size, language)
    F.open(.legalReview, harness)
    F.fill("legalReview.opinion", "ok", harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["checklist.jurisdiction"] != nil)
    Snapshot.assertMatches(harness.screen, named: "case-step-legal-review-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func decisionWithoutItsTerms(_ size: Size, _ language: Language) throws {
    let (harness, _) = try Self.harness(
      "leader1", at: [.legalReviewed, .discussed], size, language)
    F.open(.decide, harness)
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.problems["decision.documentNumber"] != nil)
    #expect(form.problems["decision.discretion"] != nil)
    Snapshot.assertMatches(harness.screen, named: "case-step-decide-\(size)-\(language)")
  }

  /// The steps snapshotted on a demo case, with the stages they are taken at and who takes them.
  static let demoSteps: [(step: CaseStep, stages: Set<CaseStage>, operatorID: String?)] = [
    (.startInvestigation, [.filed], "officer1"),
    (.recordEvidence, [.investigation], nil),
    (.reviewCase, [.reported], "legal1"),
    (.givePriorNotice, [.reviewed], "officer1"),
    (.recordService, [.decided], "clerk1"),
    (.recordPayment, [.served], "clerk1"),
    (.closeCase, [.served], "leader1"),
    (.pauseClock, [.investigation], "leader1"),
  ]

  @Test(arguments: demoSteps.indices, [Language.zh, .en])
  func stepFormWithAProblem(_ index: Int, _ language: Language) throws {
    let entry = Self.demoSteps[index]
    for size in Self.sizes {
      let probe = AppHarness(options: LaunchOptions(operatorID: "officer1", demo: true))
      let record = try #require(Self.demoCase(at: entry.stages, probe))
      let operatorID = entry.operatorID ?? record.officers.first?.raw ?? "officer1"
      let (harness, _) = try Self.harness(operatorID, at: entry.stages, size, language)
      F.open(entry.step, harness)
      let form = try #require(F.form(harness))
      #expect(form.purpose == .caseStep(record.id, entry.step))
      switch entry.step {
      case .reviewCase: F.choose("review.outcome", next: 1, harness)
      case .recordService:
        F.focus("service.servedOn", harness)
        harness.type("x")
      case .recordPayment:
        F.focus("payment.amount", harness)
        harness.type("5")
      default: break
      }
      harness.press("form.save")
      let shown = try #require(F.form(harness))
      #expect(!shown.problems.isEmpty || shown.generalProblem != nil)
      Snapshot.assertMatches(
        harness.screen, named: "case-step-\(entry.step.rawValue)-\(size)-\(language)")
    }
  }
}
