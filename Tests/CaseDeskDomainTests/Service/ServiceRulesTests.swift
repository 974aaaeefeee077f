import Testing

@testable import CaseDeskDomain

@Suite struct ServiceRulesTests {
  typealias F = RegisterFixture

  private func withRequest() throws -> (DomainState, EnterpriseID, ServiceRequestID) {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let draft = ServiceRequestDraft(
      enterprise: id, receivedOn: F.day(2025, 6, 20), subject: " 环评审批咨询 ", details: "扩建项目")
    try Domain.perform(
      .service(.registerRequest(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    return (state, id, "REQ-2025-0001")
  }

  @Test func requestLifecycle() throws {
    var (state, _, request) = try withRequest()
    #expect(state.serviceRequests[request]?.subject == "环评审批咨询")
    #expect(state.serviceRequests[request]?.status == .received)
    let answer = Command.service(.answerRequest(request, on: F.today, answer: "已答复"))
    #expect(F.refusal(answer, by: .staff(F.commissioner), in: state)?.kind == .ruleViolated)
    try Domain.perform(
      .service(.assignRequest(request, to: F.commissioner)), by: .staff(F.clerk), at: F.now,
      on: &state)
    #expect(
      F.refusal(
        .service(.assignRequest(request, to: F.commissioner)), by: .staff(F.clerk), in: state)?
        .kind == .ruleViolated)
    try Domain.perform(
      .service(.assignRequest(request, to: F.commissioner2)), by: .staff(F.approver), at: F.now,
      on: &state)
    #expect(ServiceQueries.openRequests(of: F.commissioner2, in: state).map(\.id) == [request])
    #expect(
      EnterpriseQueries.commissionerLoad(in: state).first { $0.commissioner == F.commissioner2 }?
        .openRequests == 1)
    // Only the assigned commissioner answers.
    #expect(F.refusal(answer, by: .staff(F.commissioner), in: state)?.kind == .ruleViolated)
    let early = Command.service(.answerRequest(request, on: F.day(2025, 6, 1), answer: "x"))
    #expect(F.fields(F.refusal(early, by: .staff(F.commissioner2), in: state)) == ["answeredOn"])
    let close = Command.service(.closeRequest(request, on: F.today, note: "办结"))
    #expect(F.refusal(close, by: .staff(F.clerk), in: state)?.kind == .ruleViolated)
    try Domain.perform(answer, by: .staff(F.commissioner2), at: F.now, on: &state)
    #expect(
      F.refusal(
        .service(.assignRequest(request, to: F.commissioner)), by: .staff(F.clerk), in: state)?
        .kind == .ruleViolated)
    #expect(F.refusal(close, by: .staff(F.commissioner), in: state)?.kind == .ruleViolated)
    try Domain.perform(close, by: .staff(F.commissioner2), at: F.now, on: &state)
    let done = try #require(state.serviceRequests[request])
    #expect(done.status == .closed)
    #expect(done.history.map(\.status) == [.received, .assigned, .assigned, .answered, .closed])
    #expect(done.closedOn == F.today)
    #expect(F.refusal(close, by: .staff(F.clerk), in: state)?.kind == .ruleViolated)
    #expect(
      F.refusal(.service(.closeRequest("REQ-X", on: F.today, note: "")), by: .system, in: state)?
        .kind == .notFound)
  }

  @Test func requestValidation() throws {
    let (state, id, request) = try withRequest()
    let draft = ServiceRequestDraft(enterprise: id, receivedOn: F.day(2025, 7, 1), subject: " ")
    let refusal = F.refusal(.service(.registerRequest(draft)), by: .staff(F.clerk), in: state)
    #expect(F.fields(refusal) == ["receivedOn", "subject"])
    F.expectWellFormed(refusal)
    let answer = F.refusal(
      .service(.answerRequest(request, on: F.day(2025, 7, 1), answer: "")),
      by: .staff(F.commissioner), in: state)
    #expect(F.fields(answer) == ["answer", "answeredOn"])
    #expect(
      F.fields(
        F.refusal(
          .service(.closeRequest(request, on: F.day(2025, 7, 1), note: "")), by: .staff(F.clerk),
          in: state)) == ["closedOn"])
    let unknown = ServiceRequestDraft(enterprise: "NOPE", receivedOn: F.today, subject: "x")
    #expect(
      F.refusal(.service(.registerRequest(unknown)), by: .staff(F.clerk), in: state)?.kind
        == .notFound)
    #expect(
      F.refusal(.service(.assignRequest(request, to: F.officer)), by: .staff(F.clerk), in: state)?
        .kind == .ruleViolated)
  }

  @Test(arguments: StaffRole.allCases)
  func rolesForRequests(_ role: StaffRole) throws {
    var (state, id, request) = try withRequest()
    let actor = Actor.staff(try #require(F.byRole[role]))
    let register = ServiceRequestDraft(enterprise: id, receivedOn: F.today, subject: "咨询")
    let cases: [(ServiceCommand, Set<StaffRole>)] = [
      (.registerRequest(register), [.clerk, .commissioner]),
      (.assignRequest(request, to: F.commissioner), [.clerk, .approver]),
    ]
    for (command, allowed) in cases {
      let refusal = F.refusal(.service(command), by: actor, in: state)
      #expect((refusal == nil) == allowed.contains(role), "\(command) by \(role)")
    }
    try Domain.perform(
      .service(.assignRequest(request, to: F.commissioner)), by: .system, at: F.now, on: &state)
    let answer = F.refusal(
      .service(.answerRequest(request, on: F.today, answer: "答")), by: actor, in: state)
    #expect((answer == nil) == (role == .commissioner))
    try Domain.perform(
      .service(.answerRequest(request, on: F.today, answer: "答")), by: .system, at: F.now,
      on: &state)
    let close = F.refusal(
      .service(.closeRequest(request, on: F.today, note: "")), by: actor, in: state)
    #expect((close == nil) == (role == .clerk || role == .commissioner))
  }

  @Test func visits() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let followUp = FollowUpVisitDraft(
      enterprise: id, kind: .followUp, visitedOn: F.day(2025, 6, 28), visitor: F.commissioner,
      summary: "回访整改情况")
    for role in StaffRole.allCases {
      let actor = try #require(F.byRole[role])
      var draft = followUp
      draft.visitor = actor
      let refusal = F.refusal(.service(.recordVisit(draft)), by: .staff(actor), in: state)
      #expect((refusal == nil) == (role == .commissioner), "\(role)")
      var leader = draft
      leader.kind = .leaderContact
      let contact = F.refusal(.service(.recordVisit(leader)), by: .staff(actor), in: state)
      #expect((contact == nil) == (role == .approver), "\(role)")
    }
    // Only your own visit.
    #expect(
      F.refusal(.service(.recordVisit(followUp)), by: .staff(F.commissioner2), in: state)?.kind
        == .ruleViolated)
    // The system may record for a visitor who holds the role.
    var wrong = followUp
    wrong.visitor = F.officer
    #expect(F.refusal(.service(.recordVisit(wrong)), by: .system, in: state)?.kind == .ruleViolated)
    var invalid = followUp
    invalid.summary = ""
    invalid.visitedOn = F.day(2025, 7, 1)
    let problems = F.refusal(.service(.recordVisit(invalid)), by: .staff(F.commissioner), in: state)
    #expect(F.fields(problems) == ["summary", "visitedOn"])
    F.expectWellFormed(problems)
    try Domain.perform(
      .service(.recordVisit(followUp)), by: .staff(F.commissioner), at: F.now, on: &state)
    let visit: FollowUpVisitID = "VIS-2025-0001"
    #expect(state.followUpVisits[visit]?.satisfaction == nil)
    let rate = Command.service(.recordSatisfaction(visit, .satisfied))
    #expect(F.refusal(rate, by: .staff(F.commissioner2), in: state)?.kind == .ruleViolated)
    #expect(F.refusal(rate, by: .staff(F.officer), in: state)?.kind == .notPermitted)
    try Domain.perform(rate, by: .staff(F.clerk), at: F.now, on: &state)
    #expect(F.refusal(rate, by: .staff(F.commissioner), in: state)?.kind == .ruleViolated)
    #expect(
      F.refusal(.service(.recordSatisfaction("VIS-X", .satisfied)), by: .system, in: state)?.kind
        == .notFound)
    var leader = followUp
    leader.kind = .leaderContact
    leader.visitor = F.approver
    leader.satisfaction = .basicallySatisfied
    try Domain.perform(
      .service(.recordVisit(leader)), by: .staff(F.approver), at: F.now, on: &state)
    #expect(
      ServiceQueries.satisfaction(
        of: .followUp, from: F.day(2025, 1, 1), through: F.day(2025, 12, 31), in: state)
        == [.satisfied: 1])
    #expect(
      ServiceQueries.satisfaction(
        of: .leaderContact, from: F.day(2025, 1, 1), through: F.day(2025, 12, 31), in: state)
        == [.basicallySatisfied: 1])
    #expect(ServiceQueries.visits(to: id, in: state).count == 2)
  }

  @Test func aVisitFollowsUpTheEnterprisesOwnRequest() throws {
    var (state, _, request) = try withRequest()
    let other = try F.register(2, in: &state)
    let draft = FollowUpVisitDraft(
      enterprise: other, kind: .followUp, visitedOn: F.today, visitor: F.commissioner,
      summary: "回访", request: request)
    #expect(
      F.refusal(.service(.recordVisit(draft)), by: .staff(F.commissioner), in: state)?.kind
        == .ruleViolated)
  }

  @Test func applyRefusesEventsThatDoNotFit() throws {
    let (state, id, request) = try withRequest()
    let record = try #require(state.serviceRequests[request])
    let visit = FollowUpVisit(
      id: "VIS-1", enterprise: "NOPE", kind: .followUp, visitedOn: F.today,
      visitor: F.commissioner, summary: "x", recordedBy: .system, recordedAt: F.now)
    var orphan = record
    orphan.id = "REQ-9"
    orphan.enterprise = "NOPE"
    let bad: [ServiceChange] = [
      .requestRegistered(record), .requestRegistered(orphan),
      .requestAssigned(request, F.commissioner, on: F.today, previous: F.commissioner2),
      .requestAnswered(request, on: F.today, answer: "x"),
      .requestClosed(request, on: F.today, note: ""),
      .requestAnswered("REQ-X", on: F.today, answer: "x"),
      .visitRecorded(visit), .satisfactionRecorded("VIS-1", .satisfied),
    ]
    for change in bad {
      var copy = state
      #expect(throws: Inconsistency.self) {
        try copy.apply(Event(actor: .system, time: F.now, change: .service(change)))
      }
      #expect(copy == state)
    }
    _ = id
  }

  @Test func descriptions() throws {
    let (state, _, request) = try withRequest()
    let record = try #require(state.serviceRequests[request])
    let visit = FollowUpVisit(
      id: "VIS-1", enterprise: record.enterprise, kind: .leaderContact, visitedOn: F.today,
      visitor: F.approver, summary: "x", recordedBy: .system, recordedAt: F.now)
    let all: [ServiceChange] = [
      .requestRegistered(record),
      .requestAssigned(request, F.commissioner, on: F.today, previous: nil),
      .requestAnswered(request, on: F.today, answer: "a"),
      .requestClosed(request, on: F.today, note: ""),
      .visitRecorded(visit), .satisfactionRecorded("VIS-1", .notSatisfied),
    ]
    for change in all {
      #expect(change.affectedRecords.count == 1)
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
    }
    for satisfaction in FollowUpVisit.Satisfaction.allCases {
      #expect(!satisfaction.title.zh.isEmpty)
    }
  }
}
