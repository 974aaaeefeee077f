import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Inviting social supervisors to a case review, and their opinions, by key presses.
@Suite struct CaseSupervisorFlowTests {
  typealias F = CaseSupervisorFixture

  @Test func anOfficerInvitesTheFirstServingSupervisor() throws {
    let harness = CasesFixture.harness(language: .en, operator: StaffID("officer1"))
    let record = try #require(F.uninvitedCase)
    let first = try #require(F.serving.first)
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.inviteSupervisor")
    let form = try #require(F.form(harness))
    #expect(form.purpose == .inviteSupervisor(record.id))
    #expect(form.value(SupervisorForm.supervisorField) == F.label(first, harness))
    #expect(form.generalProblem == nil)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let saved = try #require(harness.store.state.cases[record.id])
    #expect(saved.supervisors.map(\.supervisor) == [first.id])
    #expect(saved.supervisors.first?.invited.actor == .staff(StaffID("officer1")))
    #expect(harness.state.message?.text.contains(first.name) == true)
  }

  @Test func invitingTheSameSupervisorTwiceIsRefused() throws {
    let harness = CasesFixture.harness(language: .en, operator: StaffID("officer1"))
    let record = try #require(F.uninvitedCase)
    let first = try #require(F.serving.first)
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.inviteSupervisor")
    harness.press("form.save")
    harness.press("cases.inviteSupervisor")
    // The second time the next supervisor is offered; going back to the first is refused.
    #expect(F.form(harness)?.value(SupervisorForm.supervisorField) != F.label(first, harness))
    harness.press(keys: "<Left>")
    let form = try #require(F.form(harness))
    #expect(form.value(SupervisorForm.supervisorField) == F.label(first, harness))
    #expect(form.generalProblem?.contains("already invited") == true)
    harness.press("form.save")
    #expect(F.form(harness) != nil)
    #expect(harness.store.state.cases[record.id]?.supervisors.count == 1)
  }

  @Test func aSupervisorWhoseTermEndedWhileTheFormWasOpenIsRefused() throws {
    let harness = CasesFixture.harness(language: .en, operator: StaffID("officer1"))
    let record = try #require(F.uninvitedCase)
    let first = try #require(F.serving.first)
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.inviteSupervisor")
    let ended = SupervisorDraft(
      name: first.name, organisation: first.organisation, termFrom: first.termFrom,
      termTo: try #require(Day("2025-12-01")))
    let events = try harness.store.make(
      .staff(.editSupervisor(first.id, ended)), by: .system, at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    harness.press("form.save")
    let form = try #require(F.form(harness))
    #expect(form.generalProblem?.contains("out of term") == true)
    #expect(harness.store.state.cases[record.id]?.supervisors.isEmpty == true)
  }

  @Test func noFormOpensWhenNoSupervisorIsServing() throws {
    let harness = CasesFixture.harness(
      language: .en, operator: StaffID("officer1"), today: "2027-03-01")
    harness.press("cases.inviteSupervisor")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.text == harness.state.strings[.supervisorNoneServing])
  }

  @Test func aClerkMayNotInvite() throws {
    #expect(F.demo.staff[StaffID("clerk1")]?.roles == [.clerk])
    let harness = CasesFixture.harness(language: .en, operator: StaffID("clerk1"))
    let record = try #require(F.uninvitedCase)
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.inviteSupervisor")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.text.contains("Invite a social supervisor needs one of") == true)
    #expect(harness.store.events.isEmpty)
  }

  @Test func aSupervisorSeesOnlyTheirCasesAndAddsAnOpinion() throws {
    let supervisor = try #require(F.mostInvited)
    let record = try #require(F.uninvitedCase)
    let harness = try F.supervisorHarness(supervisor, invitedTo: record.id)
    #expect(harness.state.operatorInfo.role == .supervisor)
    #expect(harness.state.operatorInfo.name == supervisor.name)
    let invited = Set(
      harness.store.state.cases.values
        .filter { $0.supervisors.contains { $0.supervisor == supervisor.id } }.map(\.id))
    let shown = Set(harness.state.cases.records.map(\.id))
    #expect(shown == invited)
    #expect(shown.count > 1 && shown.count < harness.store.state.cases.count)
    // My queue: the cases awaiting the supervisor's opinion (the demo's have theirs).
    harness.press("cases.myQueue")
    #expect(harness.state.cases.records.map(\.id) == [record.id])

    harness.press("cases.addOpinion")
    let form = try #require(F.form(harness))
    #expect(form.purpose == .supervisorOpinion(record.id))
    #expect(form.form.focused?.id == SupervisorForm.opinionField)
    #expect(form.form[SupervisorForm.supervisorField]?.isEditable == false)
    harness.press("form.save")
    #expect(F.form(harness)?.problems[SupervisorForm.opinionField] != nil)
    harness.type("The procedure is lawful")
    harness.press("form.save")
    #expect(F.form(harness) == nil)

    let saved = try #require(harness.store.state.cases[record.id])
    let participation = try #require(saved.supervisors.first)
    #expect(participation.opinion == "The procedure is lawful")
    #expect(participation.opinionStamp?.actor == .staff(StaffID(supervisor.id.raw)))
    let timeline = CaseTimeline.entries(
      of: saved, in: harness.store.state, strings: harness.state.strings)
    #expect(timeline.contains { $0.text.contains("The procedure is lawful") })
    // Given, the opinion leaves the queue, and no second one is asked for.
    #expect(harness.state.cases.records.isEmpty)
    harness.press("cases.myQueue")
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.addOpinion")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.kind == .error)
  }

  @Test func anOfficerRecordsAnOpinionOnASupervisorsBehalf() throws {
    let supervisor = try #require(F.serving.first)
    let record = try #require(F.uninvitedCase)
    let harness = CasesFixture.harness(language: .en, operator: StaffID("officer1"))
    let events = try harness.store.make(
      .enforcementCase(.inviteSupervisor(record.id, supervisor.id)),
      by: .staff(StaffID("officer1")), at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    #expect(CasesFixture.select(record.id, in: harness))
    harness.press("cases.addOpinion")
    let form = try #require(F.form(harness))
    #expect(form.value(SupervisorForm.supervisorField) == F.label(supervisor, harness))
    #expect(
      form.form[SupervisorForm.supervisorField]?.hint
        == harness.state.strings[.supervisorOnBehalfHint])
    CaseStepFixture.fill(SupervisorForm.opinionField, "Agrees with the findings", harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let participation = harness.store.state.cases[record.id]?.supervisors.first
    #expect(participation?.opinion == "Agrees with the findings")
    #expect(participation?.opinionStamp?.actor == .staff(StaffID("officer1")))
  }

  @Test func theLauncherTakesASupervisorsIDAsThatSupervisor() throws {
    let supervisor = try #require(F.serving.first)
    var problems: [String] = []
    let strings = Strings(.en)
    let info = AppLauncher.resolveOperator(
      supervisor.id.raw, isDemo: true, staff: F.demo.staff, supervisors: F.demo.supervisors,
      strings: strings, problems: &problems)
    #expect(info == OperatorInfo(id: supervisor.id.raw, name: supervisor.name, role: .supervisor))
    #expect(problems.isEmpty)
    let unknown = AppLauncher.resolveOperator(
      "nobody", isDemo: true, staff: F.demo.staff, supervisors: F.demo.supervisors,
      strings: strings, problems: &problems)
    #expect(unknown.role == .viewer)
    #expect(problems.count == 1)
  }

  @Test func theRegistrationMakesTheSupervisorAStaffMemberOnce() throws {
    let supervisor = try #require(F.serving.first)
    let command = try #require(
      WorkspaceOpener.supervisorRegistration(for: supervisor.id.raw, in: F.demo))
    let store = MemoryDomainStore(state: F.demo)
    _ = try store.make(command, by: .system, at: CasesFixture.now)
    let member = try #require(store.state.staff[StaffID(supervisor.id.raw)])
    #expect(member.roles == [.supervisor])
    #expect(member.name == supervisor.name)
    #expect(WorkspaceOpener.supervisorRegistration(for: supervisor.id.raw, in: store.state) == nil)
    #expect(WorkspaceOpener.supervisorRegistration(for: "officer1", in: F.demo) == nil)
    #expect(WorkspaceOpener.supervisorRegistration(for: "nobody", in: F.demo) == nil)
  }
}
