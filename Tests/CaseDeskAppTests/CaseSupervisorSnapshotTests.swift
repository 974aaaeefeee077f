import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The invitation form, the opinion form and a supervisor's view of the case review pane,
/// at 80×24 and 40×12 in both languages.
@Suite struct CaseSupervisorSnapshotTests {
  typealias F = CaseSupervisorFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  @Test(arguments: sizes, [Language.zh, .en])
  func invitationForm(_ size: Size, _ language: Language) throws {
    let harness = CasesFixture.harness(
      size: size, language: language, operator: StaffID("officer1"))
    let record = try #require(F.uninvitedCase)
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.inviteSupervisor")
    #expect(F.form(harness)?.purpose == .inviteSupervisor(record.id))
    Snapshot.assertMatches(harness.screen, named: "supervisor-invite-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func supervisorsViewOfThePane(_ size: Size, _ language: Language) throws {
    let supervisor = try #require(F.mostInvited)
    let record = try #require(F.uninvitedCase)
    let harness = try F.supervisorHarness(
      supervisor, invitedTo: record.id, size: size, language: language)
    #expect(harness.state.cases.records.contains { $0.id == record.id })
    Snapshot.assertMatches(harness.screen, named: "supervisor-pane-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func opinionFormWithoutItsText(_ size: Size, _ language: Language) throws {
    let supervisor = try #require(F.mostInvited)
    let record = try #require(F.uninvitedCase)
    let harness = try F.supervisorHarness(
      supervisor, invitedTo: record.id, size: size, language: language)
    harness.press("cases.myQueue")
    harness.press("cases.addOpinion")
    harness.press("form.save")
    #expect(F.form(harness)?.problems[SupervisorForm.opinionField] != nil)
    Snapshot.assertMatches(harness.screen, named: "supervisor-opinion-\(size)-\(language)")
  }
}
