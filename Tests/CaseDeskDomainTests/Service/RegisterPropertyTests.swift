import Testing

@testable import CaseDeskDomain

@Suite struct RegisterPropertyTests {
  typealias F = RegisterFixture

  @Test(arguments: [1, 2, 3])
  func randomCommandsKeepTheInvariantsAndReplay(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let initial = DomainState(
      settings: DomainSettings(positiveListAdmissionNeedsApproval: seed % 2 == 1))
    var state = initial
    var events: [Event] = []
    var time = F.time(2025, 1, 2)
    for draft in F.members {
      events += try Domain.perform(.staff(.addMember(draft)), by: .system, at: time, on: &state)
    }
    var accepted = 0
    for _ in 0..<3000 {
      time = time.adding(seconds: Int64(1 + random.below(3)) * 3600 * 5)
      let actor: Actor =
        random.below(3) == 0
        ? .system : .staff(random.pick(Array(state.staff.keys).sorted()) ?? F.clerk)
      let command = makeCommand(&random, state: state, time: time)
      do {
        events += try Domain.perform(command, by: actor, at: time, on: &state)
        accepted += 1
      } catch {
        #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
      }
      checkInvariants(state, on: time.day(utcOffset: F.offset))
    }
    #expect(accepted > 150, "accepted \(accepted)")
    let steps = Set(state.positiveList.values.flatMap { $0.history.map(\.kind) })
    #expect(steps.count >= 4, "positive-list steps reached: \(steps)")
    #expect(!state.serviceRequests.isEmpty && !state.followUpVisits.isEmpty)
    var replayed = initial
    try replayed.apply(events)
    #expect(replayed == state)
    #expect(replayed.appliedEvents == events.count)
  }

  private func makeCommand(_ r: inout SeededRandom, state: DomainState, time: Timestamp)
    -> Command
  {
    let today = time.day(utcOffset: F.offset)
    let enterprise = EnterpriseID(F.code(r.below(12)))
    let staffIDs = Array(state.staff.keys).sorted() + ["ghost"]
    let staff = r.pick(staffIDs) ?? F.clerk
    let someDay = today.adding(days: r.below(40) - 30)
    let requests = Array(state.serviceRequests.keys).sorted() + ["REQ-X"]
    let visits = Array(state.followUpVisits.keys).sorted() + ["VIS-X"]
    let reason = PositiveListEntry.Reason(
      kind: r.pick(PositiveListEntry.Reason.Kind.allCases) ?? .request,
      caseNumber: r.bool() ? "鞍环罚〔2025〕\(r.below(50))号" : nil, text: r.bool() ? "理由" : "")
    let facts = PositiveListEntry.EnforcementFacts(
      penalties: r.below(4) == 0
        ? nil
        : (r.below(4) == 0
          ? [PositiveListEntry.PriorRecord(day: today.adding(days: -r.below(1000)), reference: "P")]
          : []),
      crimeRecords: r.below(4) == 0 ? nil : [])
    switch r.below(24) {
    case 0, 1:
      var draft = F.draft(r.below(12), tier: r.bool() ? .key : .general)
      if r.below(5) == 0 { draft.monitoring = r.pick([nil, .installed, .notInstalled]) ?? nil }
      if r.below(6) == 0 {
        draft.uscc = "9144030019220382" + (r.bool() ? "17" : "1")
        draft.usccOverrideReason = r.bool() ? "试点旧码" : nil
      }
      if r.below(6) == 0 { draft.name = "" }
      return .enterprise(.register(draft))
    case 2:
      let fields: [Enterprise.Field] = [
        .monitoring(r.pick([nil, .installed, .networked]) ?? nil),
        .permitsComplete(r.pick([nil, true, false]) ?? nil), .notes("n\(r.below(3))"),
        .emergencies(r.below(3) == 0 ? [someDay] : []), .tier(r.bool() ? .key : .general),
        .facilityCategory(r.pick([nil, .ordinary, .incineration]) ?? nil),
        .name(r.bool() ? "名" : ""),
      ]
      return .enterprise(.edit(enterprise, [r.pick(fields) ?? .notes("")]))
    case 3, 4: return .enterprise(.assignCommissioner(enterprise, staff))
    case 5: return .enterprise(.unassignCommissioner(enterprise))
    case 6: return .enterprise(.deliverQRCode(enterprise, on: someDay))
    case 7:
      return .enterprise(
        r.bool() ? .addTag(enterprise, "t\(r.below(3))") : .removeTag(enterprise, "t\(r.below(3))"))
    case 8, 9:
      return .positiveList(
        .admit(AdmissionRequest(enterprise: enterprise, facts: facts, confirmUnknowns: r.bool())))
    case 10:
      let many = (0..<(1 + r.below(3))).map { _ in
        AdmissionRequest(enterprise: EnterpriseID(F.code(r.below(12))), facts: F.clean)
      }
      return .positiveList(.admitSeveral(many))
    case 11: return .positiveList(.approveAdmission(enterprise, note: ""))
    case 12: return .positiveList(.rejectAdmission(enterprise, reason: r.bool() ? "不符" : ""))
    case 13: return .positiveList(.suspend(enterprise, reason))
    case 14:
      return .positiveList(
        .restore(
          enterprise, note: r.bool() ? "恢复" : "",
          nextReviewOn: r.bool() ? today.adding(days: 200) : nil))
    case 15: return .positiveList(.remove(enterprise, reason))
    case 16:
      return .positiveList(
        .recordReview(enterprise, nextReviewOn: today.adding(days: r.below(400) - 10), note: ""))
    case 17:
      return .service(
        .registerRequest(
          ServiceRequestDraft(
            enterprise: enterprise, receivedOn: someDay, subject: r.bool() ? "诉求" : "")))
    case 18: return .service(.assignRequest(r.pick(requests) ?? "REQ-X", to: staff))
    case 19:
      return .service(.answerRequest(r.pick(requests) ?? "REQ-X", on: someDay, answer: "答复"))
    case 20: return .service(.closeRequest(r.pick(requests) ?? "REQ-X", on: someDay, note: ""))
    case 21:
      return .service(
        .recordVisit(
          FollowUpVisitDraft(
            enterprise: enterprise, kind: r.bool() ? .followUp : .leaderContact, visitedOn: someDay,
            visitor: staff, summary: "走访", satisfaction: r.pick(FollowUpVisit.Satisfaction.allCases)
          )))
    case 22:
      if r.bool() {
        return .service(.recordSatisfaction(r.pick(visits) ?? "VIS-X", .satisfied))
      }
      return .settings(.setPositiveListAdmissionApproval(required: r.bool()))
    default:
      let member = F.members.first { $0.id == staff }
      switch r.below(4) {
      case 0: return .staff(.deactivateMember(staff))
      case 1: return .staff(.reactivateMember(staff))
      case 2:
        var draft = member ?? StaffMemberDraft(id: staff, name: "新", roles: [.viewer])
        draft.roles = [r.pick(StaffRole.allCases) ?? .viewer]
        draft.certificateNumber = r.bool() ? "C1" : nil
        return .staff(.editMember(draft))
      default:
        return .staff(
          .appointSupervisor(
            SupervisorDraft(name: "监督员", organisation: "人大", termFrom: today, termTo: someDay)))
      }
    }
  }

  private func checkInvariants(_ state: DomainState, on today: Day) {
    // Someone can always manage staff.
    #expect(StaffRules.hasActiveManager(state.staff))
    for member in state.staff.values {
      if member.roles.contains(.officer) { #expect(member.certificateNumber != nil) }
      if member.roles.contains(.legalReviewer) { #expect(member.legalQualification != nil) }
      #expect(!member.roles.isEmpty)
    }
    for supervisor in state.supervisors.values { #expect(supervisor.termFrom <= supervisor.termTo) }
    for enterprise in state.enterprises.values {
      #expect(!enterprise.name.isEmpty && !enterprise.district.isEmpty)
      let valid = (try? UnifiedSocialCreditCode(enterprise.uscc)) != nil
      #expect(valid == (enterprise.usccOverrideReason == nil))
      #expect(enterprise.positiveList == (state.positiveList[enterprise.id]?.status ?? .notListed))
      if let commissioner = enterprise.commissioner {
        let member = state.staff[commissioner]
        #expect(member?.isActive == true && member?.roles.contains(.commissioner) == true)
      }
      let open = enterprise.commissionerHistory.filter { $0.until == nil }
      #expect(open.map(\.commissioner) == (enterprise.commissioner.map { [$0] } ?? []))
    }
    for entry in state.positiveList.values {
      #expect(state.enterprises[entry.id] != nil)
      #expect((entry.status == .candidate) == (entry.pendingAdmission != nil))
      #expect(entry.history.last?.status == entry.status)
      if entry.status == .listed || entry.status == .suspended {
        #expect(entry.listedSince != nil && entry.nextReviewOn != nil)
      }
      for step in entry.history {
        if let assessment = step.assessment {
          #expect(assessment.unmet.isEmpty)
          #expect(assessment.unknown.isEmpty || assessment.unknownsConfirmed)
        }
        if step.kind == .removed { #expect(step.reason.map { !$0.text.isEmpty } == true) }
        if step.reason?.kind == .violation { #expect(step.reason?.caseNumber != nil) }
      }
    }
    for request in state.serviceRequests.values {
      #expect(state.enterprises[request.enterprise] != nil)
      #expect(request.receivedOn <= today)
      switch request.status {
      case .received: #expect(request.commissioner == nil)
      case .assigned: #expect(request.commissioner != nil && request.answer == nil)
      case .answered, .closed:
        #expect(request.answer != nil && request.commissioner != nil)
        #expect((request.answeredOn ?? request.receivedOn) >= request.receivedOn)
      }
      if request.status == .closed {
        #expect((request.closedOn ?? today) >= (request.answeredOn ?? today))
      }
      #expect(request.history.last?.status == request.status)
    }
    for visit in state.followUpVisits.values {
      let role: StaffRole = visit.kind == .followUp ? .commissioner : .approver
      #expect(visit.visitedOn <= today)
      _ = role
    }
  }
}
