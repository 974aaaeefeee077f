import Testing

@testable import CaseDeskDomain

@Suite struct StaffRulesTests {
  typealias F = RegisterFixture

  @Test func fixtureHasEveryRole() {
    let state = F.state()
    #expect(state.staff.count == F.members.count)
    for role in StaffRole.allCases {
      #expect(!StaffQueries.activeMembers(with: role, in: state).isEmpty)
    }
  }

  @Test func addMemberReportsEveryProblemAtOnce() {
    let state = F.state()
    let draft = StaffMemberDraft(id: "bad id!", name: "  ", roles: [])
    let refusal = F.refusal(.staff(.addMember(draft)), by: .staff(F.clerk), in: state)
    #expect(refusal?.kind == .invalidInput)
    #expect(F.fields(refusal) == ["id", "name", "roles"])
    F.expectWellFormed(refusal)
    let officer = StaffMemberDraft(id: "x", name: "某", roles: [.officer, .legalReviewer])
    let second = F.refusal(.staff(.addMember(officer)), by: .staff(F.clerk), in: state)
    #expect(F.fields(second) == ["certificateNumber", "legalQualification"])
    F.expectWellFormed(second)
    let empty = StaffMemberDraft(id: "", name: "某", roles: [.viewer])
    #expect(F.fields(F.refusal(.staff(.addMember(empty)), by: .system, in: state)) == ["id"])
  }

  @Test(arguments: StaffRole.allCases)
  func onlyClerksAndApproversManageStaff(_ role: StaffRole) throws {
    var state = F.state()
    let actor = try #require(F.byRole[role])
    let draft = StaffMemberDraft(id: "new", name: "新人", roles: [.viewer])
    let allowed = role == .clerk || role == .approver
    let refusal = F.refusal(.staff(.addMember(draft)), by: .staff(actor), in: state)
    #expect((refusal == nil) == allowed)
    if !allowed { #expect(refusal?.kind == .notPermitted) }
    for command in [
      StaffCommand.deactivateMember(F.viewer),
      .appointSupervisor(
        SupervisorDraft(name: "钱", organisation: "人大", termFrom: F.today, termTo: F.today)),
    ] {
      let refused = F.refusal(.staff(command), by: .staff(actor), in: state)
      #expect((refused == nil) == allowed)
    }
    if allowed {
      try Domain.perform(.staff(.addMember(draft)), by: .staff(actor), at: F.now, on: &state)
      #expect(state.staff["new"]?.isActive == true)
    }
  }

  @Test func addEditDeactivateReactivate() throws {
    var state = F.state()
    let draft = StaffMemberDraft(
      id: " ma.li ", name: " 马力 ", roles: [.viewer, .officer, .officer], certificateNumber: " 99 ")
    try Domain.perform(.staff(.addMember(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    let member = try #require(state.staff["ma.li"])
    #expect(member.name == "马力")
    #expect(member.roles == [.officer, .viewer])
    #expect(member.certificateNumber == "99")
    #expect(
      F.refusal(.staff(.addMember(draft)), by: .staff(F.clerk), in: state)?.kind == .ruleViolated)

    var edited = draft
    edited.roles = [.viewer]
    try Domain.perform(.staff(.editMember(edited)), by: .staff(F.approver), at: F.now, on: &state)
    #expect(state.staff["ma.li"]?.roles == [.viewer])
    #expect(
      try Domain.execute(.staff(.editMember(edited)), by: .system, at: F.now, in: state) == [])

    try Domain.perform(
      .staff(.deactivateMember("ma.li")), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(state.staff["ma.li"]?.isActive == false)
    #expect(
      F.refusal(.staff(.deactivateMember("ma.li")), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(
      F.refusal(.staff(.editMember(edited)), by: .staff("ma.li"), in: state)?.kind == .notPermitted)
    try Domain.perform(
      .staff(.reactivateMember("ma.li")), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(state.staff["ma.li"]?.isActive == true)
    #expect(
      F.refusal(.staff(.reactivateMember("ma.li")), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(
      F.refusal(.staff(.deactivateMember("nobody")), by: .staff(F.clerk), in: state)?.kind
        == .notFound)
    let ghost = StaffMemberDraft(id: "ghost", name: "无", roles: [.viewer])
    #expect(
      F.refusal(.staff(.editMember(ghost)), by: .staff(F.clerk), in: state)?.kind == .notFound)
  }

  @Test func cannotDeactivateYourself() {
    let state = F.state()
    let refusal = F.refusal(.staff(.deactivateMember(F.clerk)), by: .staff(F.clerk), in: state)
    #expect(refusal?.kind == .ruleViolated)
  }

  @Test func theLastManagerStays() throws {
    var state = F.state()
    try Domain.perform(
      .staff(.deactivateMember(F.approver)), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(
      .staff(.deactivateMember(F.approver2)), by: .staff(F.clerk), at: F.now, on: &state)
    // The clerk is the last manager: they cannot drop their own clerk role.
    let drop = StaffMemberDraft(id: F.clerk, name: "孙丽", roles: [.viewer])
    let refusal = F.refusal(.staff(.editMember(drop)), by: .staff(F.clerk), in: state)
    #expect(refusal?.kind == .ruleViolated)
    F.expectWellFormed(refusal)
    // Nor can the system deactivate them.
    #expect(
      F.refusal(.staff(.deactivateMember(F.clerk)), by: .system, in: state)?.kind == .ruleViolated)
    // With another approver back, they can.
    try Domain.perform(
      .staff(.reactivateMember(F.approver)), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(.staff(.editMember(drop)), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(state.staff[F.clerk]?.roles == [.viewer])
  }

  @Test func aCommissionerWithEnterprisesKeepsTheRole() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    try Domain.perform(
      .enterprise(.assignCommissioner(id, F.commissioner)), by: .staff(F.clerk), at: F.now,
      on: &state)
    let drop = StaffMemberDraft(id: F.commissioner, name: "王敏", roles: [.viewer])
    #expect(
      F.refusal(.staff(.editMember(drop)), by: .staff(F.clerk), in: state)?.kind == .ruleViolated)
    #expect(
      F.refusal(.staff(.deactivateMember(F.commissioner)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    try Domain.perform(
      .enterprise(.unassignCommissioner(id)), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(.staff(.editMember(drop)), by: .staff(F.clerk), at: F.now, on: &state)
  }

  @Test func supervisors() throws {
    var state = F.state()
    let bad = SupervisorDraft(
      name: "", organisation: " ", termFrom: F.day(2025, 3, 1), termTo: F.day(2025, 2, 1))
    let refusal = F.refusal(.staff(.appointSupervisor(bad)), by: .staff(F.clerk), in: state)
    #expect(F.fields(refusal) == ["name", "organisation", "termTo"])
    F.expectWellFormed(refusal)

    let draft = SupervisorDraft(
      name: "钱芳", organisation: "铁东区人大", termFrom: F.day(2025, 1, 1),
      termTo: F.day(2026, 12, 31))
    try Domain.perform(
      .staff(.appointSupervisor(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(
      .staff(.appointSupervisor(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(state.supervisors.keys.sorted() == ["SUP-2025-0001", "SUP-2025-0002"])
    let id: SupervisorID = "SUP-2025-0001"
    #expect(state.supervisors[id]?.isServing(on: F.today) == true)
    #expect(state.supervisors[id]?.isServing(on: F.day(2027, 1, 1)) == false)

    var edited = draft
    edited.termTo = F.day(2025, 12, 31)
    try Domain.perform(
      .staff(.editSupervisor(id, edited)), by: .staff(F.approver), at: F.now, on: &state)
    #expect(state.supervisors[id]?.termTo == F.day(2025, 12, 31))
    #expect(
      try Domain.execute(.staff(.editSupervisor(id, edited)), by: .system, at: F.now, in: state)
        == [])
    try Domain.perform(
      .staff(.deactivateSupervisor(id)), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(StaffQueries.supervisorsServing(on: F.today, in: state).map(\.id) == ["SUP-2025-0002"])
    #expect(
      F.refusal(.staff(.deactivateSupervisor(id)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(
      StaffQueries.invitationProblems([id, "SUP-1999-0001"], on: F.today, in: state).map(\.field)
        == ["supervisors[0]", "supervisors[1]"])
    try Domain.perform(
      .staff(.reactivateSupervisor(id)), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(
      F.refusal(.staff(.reactivateSupervisor(id)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(
      F.refusal(.staff(.editSupervisor("SUP-1", draft)), by: .staff(F.clerk), in: state)?.kind
        == .notFound)
    #expect(StaffQueries.invitationProblems([id], on: F.today, in: state).isEmpty)
    let counts = StaffQueries.participationCounts([id, id, "SUP-9"], in: state)
    #expect(counts == [id: 2, "SUP-2025-0002": 0])
    let next = time2026()
    try Domain.perform(
      .staff(.appointSupervisor(draft)), by: .staff(F.clerk), at: next, on: &state)
    #expect(state.supervisors["SUP-2026-0001"] != nil)
  }

  private func time2026() -> Timestamp { F.time(2026, 1, 5) }

  @Test func applyRefusesEventsThatDoNotFit() throws {
    let state = F.state()
    let member = try #require(state.staff[F.viewer])
    var changed = member
    changed.name = "别人"
    let supervisor = SocialSupervisor(
      id: "SUP-X", name: "某", organisation: "某", termFrom: F.today, termTo: F.today,
      appointedBy: .system, appointedAt: F.now)
    var edited = supervisor
    edited.name = "另"
    let bad: [StaffChange] = [
      .memberAdded(member),
      .memberEdited(changed, previous: changed),
      .memberReactivated(F.viewer),
      .memberDeactivated("nobody"),
      .supervisorEdited(edited, previous: supervisor),
      .supervisorDeactivated("SUP-X"),
      .supervisorReactivated("SUP-X"),
    ]
    for change in bad {
      var copy = state
      #expect(throws: Inconsistency.self) {
        try copy.apply(Event(actor: .system, time: F.now, change: .staff(change)))
      }
      #expect(copy == state)
    }
    var withSupervisor = state
    try withSupervisor.apply(
      Event(actor: .system, time: F.now, change: .staff(.supervisorAppointed(supervisor))))
    #expect(throws: Inconsistency.self) {
      try withSupervisor.apply(
        Event(actor: .system, time: F.now, change: .staff(.supervisorAppointed(supervisor))))
    }
  }

  @Test func descriptionsNameTheRecords() throws {
    var state = F.state()
    let draft = SupervisorDraft(
      name: "钱芳", organisation: "人大", termFrom: F.today, termTo: F.today)
    let events = try Domain.perform(
      .staff(.appointSupervisor(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    guard case .staff(let change) = events.first?.change else {
      Issue.record("no staff change")
      return
    }
    #expect(change.affectedRecords == [.supervisor("SUP-2025-0001")])
    #expect(change.summary.zh.contains("钱芳"))
    let member = try #require(state.staff[F.viewer])
    let all: [StaffChange] = [
      .memberAdded(member), .memberEdited(member, previous: member),
      .memberDeactivated(F.viewer), .memberReactivated(F.viewer),
      .supervisorEdited(
        try #require(state.supervisors["SUP-2025-0001"]),
        previous: try #require(state.supervisors["SUP-2025-0001"])),
      .supervisorDeactivated("SUP-2025-0001"), .supervisorReactivated("SUP-2025-0001"),
    ]
    for change in all {
      #expect(!change.affectedRecords.isEmpty)
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
    }
  }

  @Test func inactiveOrUnknownActorsAreRefused() throws {
    var state = F.state()
    try Domain.perform(
      .staff(.deactivateMember(F.approver2)), by: .staff(F.clerk), at: F.now, on: &state)
    let draft = StaffMemberDraft(id: "new", name: "新", roles: [.viewer])
    #expect(
      F.refusal(.staff(.addMember(draft)), by: .staff(F.approver2), in: state)?.kind
        == .notPermitted)
    #expect(
      F.refusal(.staff(.addMember(draft)), by: .staff("stranger"), in: state)?.kind
        == .notPermitted)
  }
}
