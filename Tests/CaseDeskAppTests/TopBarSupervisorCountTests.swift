import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The top bar's pending count of a social supervisor: the invited reviews still awaiting
/// their opinion count with their deadlines.
@Suite struct TopBarSupervisorCountTests {
  typealias F = CaseSupervisorFixture

  /// Saves a change as if saved elsewhere and hands it to the harness.
  func save(_ command: CaseCommand, by actor: Actor, _ harness: AppHarness) throws {
    let events = try harness.store.make(
      .enforcementCase(command), by: actor, at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
  }

  @Test func anInvitationCountsUntilTheSupervisorGivesTheirOpinion() throws {
    let supervisor = try #require(F.serving.first)
    let record = try #require(F.uninvitedCase)
    let harness = CasesFixture.harness(language: .en, operator: StaffID(supervisor.id.raw))
    if let register = WorkspaceOpener.supervisorRegistration(
      for: supervisor.id.raw, in: harness.store.state)
    {
      _ = try harness.store.make(register, by: .system, at: harness.state.now)
    }
    harness.runtime.dispatch(.domainChanged(harness.store.state, harness.store.events))
    let before = harness.state.pendingDeadlines

    try save(
      .inviteSupervisor(record.id, supervisor.id), by: .staff(StaffID("officer1")), harness)
    #expect(harness.state.pendingDeadlines == before + 1)
    harness.press("list.first")
    let due = harness.state.strings.format(.barDeadlines, "\(before + 1)")
    #expect(harness.screen.text.contains(due))

    try save(
      .addSupervisorOpinion(record.id, supervisor.id, opinion: "程序合法"),
      by: .staff(StaffID(supervisor.id.raw)), harness)
    #expect(harness.state.pendingDeadlines == before)
  }

  @Test func aStaffMembersCountLeavesInvitationsOut() throws {
    let supervisor = try #require(F.serving.first)
    let record = try #require(F.uninvitedCase)
    let harness = CasesFixture.harness(language: .en, operator: StaffID("officer1"))
    let before = harness.state.pendingDeadlines
    try save(
      .inviteSupervisor(record.id, supervisor.id), by: .staff(StaffID("officer1")), harness)
    #expect(harness.state.pendingDeadlines == before)
  }
}
