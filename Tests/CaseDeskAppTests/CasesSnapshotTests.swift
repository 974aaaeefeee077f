import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The case review pane at 80×24 and 40×12 in both languages: the list, my queue for an
/// officer, a legal reviewer and an approver, and the detail of a decided and an archived case.
@Suite struct CasesSnapshotTests {
  typealias F = CasesFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
  static let wide = Size(width: 80, height: 24)
  static let now = F.now

  @Test(arguments: sizes, [Language.zh, .en])
  func list(_ size: Size, _ language: Language) {
    let harness = F.harness(size: size, language: language)
    #expect(harness.state.cases.records.count == F.demo.cases.count)
    Snapshot.assertMatches(harness.screen, named: "cases-list-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func myQueueOfAnOfficer(_ size: Size, _ language: Language) throws {
    let officer = try #require(F.staff(.officer, at: Self.now))
    try myQueue(of: officer, named: "officer", size, language)
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func myQueueOfALegalReviewer(_ size: Size, _ language: Language) throws {
    let reviewer = try #require(F.staff(.legalReviewer, alsoAllowed: [.officer], at: Self.now))
    try myQueue(of: reviewer, named: "reviewer", size, language)
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func myQueueOfAnApprover(_ size: Size, _ language: Language) throws {
    let approver = try #require(F.staff(.approver, alsoAllowed: [.officer], at: Self.now))
    try myQueue(of: approver, named: "approver", size, language)
  }

  func myQueue(of id: StaffID, named name: String, _ size: Size, _ language: Language) throws {
    let harness = F.harness(size: size, language: language, operator: id)
    harness.press("cases.myQueue")
    let pane = harness.state.cases
    #expect(pane.showsMyQueue)
    #expect(!pane.records.isEmpty)
    #expect(pane.records.allSatisfy { $0.isMine })
    Snapshot.assertMatches(harness.screen, named: "cases-queue-\(name)-\(size)-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func detailOfADecidedCase(_ language: Language) throws {
    let record = try #require(
      F.cases(at: .decided).first { $0.decision?.decision.fineFen ?? 0 > 0 })
    let harness = F.harness(size: Self.wide, language: language)
    #expect(F.select(record.id, in: harness))
    harness.press("list.open")
    #expect(harness.state.cases.isDetailOpen)
    let decision = try #require(record.decision)
    #expect(harness.screen.text.contains(decision.documentNumber))
    Snapshot.assertMatches(harness.screen, named: "cases-detail-decided-80x24-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func detailOfADecidedCaseInASmallTerminal(_ language: Language) throws {
    let record = try #require(
      F.cases(at: .decided).first { $0.decision?.decision.fineFen ?? 0 > 0 })
    let harness = F.harness(size: Size(width: 40, height: 12), language: language)
    #expect(F.select(record.id, in: harness))
    harness.press("list.open")
    let strings = Strings(language)
    #expect(harness.screen.text.contains(strings.localized(record.stage.title)))
    Snapshot.assertMatches(harness.screen, named: "cases-detail-decided-40x12-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func detailOfAnArchivedCase(_ language: Language) throws {
    let record = try #require(F.cases(at: .archived).first)
    let harness = F.harness(size: Self.wide, language: language)
    #expect(F.select(record.id, in: harness))
    harness.press("list.open")
    #expect(harness.screen.text.contains(Strings(language)[.caseDetailReadOnly]))
    Snapshot.assertMatches(harness.screen, named: "cases-detail-archived-80x24-\(language)")
  }
}
