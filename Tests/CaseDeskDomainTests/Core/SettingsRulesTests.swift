import Testing

@testable import CaseDeskDomain

@Suite struct SettingsRulesTests {
  func state() -> DomainState {
    var state = DomainState()
    for (id, role) in [("leader", StaffRole.approver), ("officer", .officer), ("viewer", .viewer)] {
      state.staff[StaffID(id)] = StaffMember(
        id: StaffID(id), name: id, roles: [role], certificateNumber: "210300000001")
    }
    state.staff["gone"] = StaffMember(id: "gone", name: "gone", roles: [.approver], isActive: false)
    return state
  }

  let now = Timestamp(secondsSinceEpoch: 1_750_000_000)

  @Test func approverChangesThePrefixAndItIsRecorded() throws {
    var state = state()
    let events = try Domain.perform(
      .settings(.setCaseNumberPrefix(" 鞍环罚字 ")), by: .staff("leader"), at: now, on: &state)
    #expect(
      events == [
        Event(actor: .staff("leader"), time: now, change: .settings(.caseNumberPrefixSet("鞍环罚字")))
      ])
    #expect(state.settings.caseNumberPrefix == "鞍环罚字")
    #expect(state.appliedEvents == 1)
  }

  @Test(arguments: ["officer", "viewer", "gone", "stranger"])
  func othersMayNotChangeSettings(_ id: String) {
    let state = state()
    #expect(throws: Refusal.self) {
      try Domain.execute(
        .settings(.setPositiveListAdmissionApproval(required: false)), by: .staff(StaffID(id)),
        at: now, in: state)
    }
    do {
      _ = try Domain.execute(
        .settings(.setPositiveListAdmissionApproval(required: false)), by: .staff(StaffID(id)),
        at: now, in: state)
    } catch {
      #expect(error.kind == .notPermitted)
      #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
    }
  }

  @Test func invalidInputReportsEveryProblem() throws {
    let state = state()
    var bad = try #require(ClockTable.standard[.caseDecision])
    bad.amount = 0
    bad.extensions = [30, -1]
    bad.title = LocalizedText(zh: "", en: "x")
    do {
      _ = try Domain.execute(
        .settings(.setDeadlineRule(bad)), by: .staff("leader"), at: now, in: state)
      Issue.record("accepted a bad rule")
    } catch {
      #expect(error.kind == .invalidInput)
      #expect(error.problems.map(\.field) == ["rule.amount", "rule.extensions", "rule.title"])
    }
    do {
      _ = try Domain.execute(
        .settings(.setCaseNumberPrefix("〔2025〕")), by: .staff("leader"), at: now, in: state)
      Issue.record("accepted a bad prefix")
    } catch {
      #expect(error.problems.map(\.field) == ["caseNumberPrefix"])
    }
  }

  @Test func theBureauCanChangeAClock() throws {
    var state = state()
    var rule = try #require(ClockTable.standard[.finePayment])
    rule.amount = 30
    try Domain.perform(.settings(.setDeadlineRule(rule)), by: .staff("leader"), at: now, on: &state)
    #expect(state.settings.clocks[.finePayment]?.amount == 30)
    var replayed = self.state()
    try replayed.apply(
      Event(actor: .staff("leader"), time: now, change: .settings(.deadlineRuleSet(rule))))
    #expect(replayed == state)
  }
}
