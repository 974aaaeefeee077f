import Testing

@testable import CaseDeskDomain

private typealias F = CaseFixture

@Suite struct StatusCardTests {
  @Test func cardGathersEverythingAboutOneEnterprise() throws {
    var f = CaseFixture()
    let caseID = try f.served()
    let stamp = ActionStamp(actor: .system, time: f.now)
    f.state.serviceRequests["REQ-2025-0001"] = ServiceRequest(
      id: "REQ-2025-0001", enterprise: F.enterpriseID, subject: "排污许可延续", details: "",
      receivedOn: f.today)
    f.state.followUpVisits["VIS-2025-0001"] = FollowUpVisit(
      id: "VIS-2025-0001", enterprise: F.enterpriseID, kind: .followUp, visitedOn: f.today,
      visitor: F.commissioner, summary: "回访", satisfaction: .satisfied, recordedBy: .system,
      recordedAt: f.now)
    f.state.followUpVisits["VIS-2025-0002"] = FollowUpVisit(
      id: "VIS-2025-0002", enterprise: F.enterpriseID, kind: .followUp,
      visitedOn: f.today.adding(days: -3), visitor: F.commissioner, summary: "回访",
      satisfaction: .notSatisfied, recordedBy: .system, recordedAt: f.now)
    f.state.rectificationTasks["ZG-2025-0001"] = RectificationTask(
      id: "ZG-2025-0001", title: "焦化废气治理", district: "铁西区", deadline: f.today.adding(days: 60),
      evidence: [], enterprises: [F.enterpriseID], created: stamp)
    f.state.enterprises[F.enterpriseID]?.commissioner = F.commissioner
    f.state.inspections[F.inspection]?.result = InspectionResult(
      outcome: .problemsFound, findings: "污水处理设施运行记录不全", stamp: stamp)

    let card = try #require(f.state.statusCard(of: F.enterpriseID, at: f.now))
    #expect(card.enterprise.id == F.enterpriseID)
    #expect(card.commissioner?.id == F.commissioner)
    #expect(card.openCases.map(\.id) == [caseID])
    #expect(card.openCases.first?.stage == .served)
    #expect(card.openCases.first?.deadline?.deadline.rule == .finePayment)
    #expect(card.openCases.first?.deadline?.status.daysLeft == 15)
    #expect(card.lastInspection?.id == F.inspection)
    #expect(card.openRequests.map(\.id) == ["REQ-2025-0001"])
    #expect(card.visits.map(\.id) == ["VIS-2025-0001", "VIS-2025-0002"])
    #expect(card.visitSatisfaction == 0.5)
    #expect(card.rectificationTasks.map(\.id) == ["ZG-2025-0001"])
    #expect(card.referrals.isEmpty)
    #expect(f.state.statusCard(of: "911111111111111111", at: f.now) == nil)
    // The other enterprise has nothing open.
    let other = try #require(f.state.statusCard(of: F.otherEnterpriseID, at: f.now))
    #expect(other.openCases.isEmpty && other.openClues.isEmpty && other.lastInspection == nil)
  }
}

@Suite struct QueueTests {
  @Test func reportedCaseWaitsOnTheLegalReviewerNotOnOfficers() throws {
    var f = CaseFixture()
    let id = try f.reported()
    let ref = RecordRef.enforcementCase(id)
    #expect(f.state.queue(for: F.reviewer, at: f.now).map(\.record).contains(ref))
    #expect(!f.state.queue(for: F.officer3, at: f.now).map(\.record).contains(ref))
    #expect(f.state.queue(for: F.viewer, at: f.now).isEmpty)
    #expect(f.state.queue(for: "nobody", at: f.now).isEmpty)
  }

  @Test func officersSeeOnlyTheirOwnCasesAndTheDecisionClock() throws {
    var f = CaseFixture()
    let id = try f.notified()
    let ref = RecordRef.enforcementCase(id)
    let mine = f.state.queue(for: F.officer1, at: f.now)
    #expect(mine.map(\.record).contains(ref))
    #expect(mine.first { $0.record == ref }?.deadline?.deadline.rule == .caseDecision)
    #expect(!f.state.queue(for: F.officer3, at: f.now).map(\.record).contains(ref))
    #expect(f.state.queue(for: F.approver, at: f.now).map(\.record).contains(ref))
    // A hundred days on, the decision clock is overdue for the approver too.
    let later = f.now.adding(seconds: 100 * 86_400)
    #expect(f.state.queueCounts(for: F.approver, at: later).overdue >= 1)
    #expect(f.state.queueCounts(for: F.clerk, at: later).overdue == 0)
  }

  @Test func approverSeesInspectionsAwaitingApproval() throws {
    var f = CaseFixture()
    let stamp = ActionStamp(actor: .system, time: f.now)
    f.state.inspections["JC-2025-0009"] = Inspection(
      id: "JC-2025-0009", enterprise: F.otherEnterpriseID, kind: .routine, mode: .onSite,
      plannedOn: f.today, officers: [F.officer1, F.officer2], reason: nil,
      isPositiveListException: false, planned: stamp)
    let queue = f.state.queue(for: F.approver, at: f.now)
    #expect(queue.contains { $0.record == .inspection("JC-2025-0009") && $0.deadline == nil })
    #expect(
      !f.state.queue(for: F.officer1, at: f.now).contains {
        $0.record == .inspection("JC-2025-0009")
      })
  }

  @Test func deadlinesAreSortedMostUrgentFirst() throws {
    var f = CaseFixture()
    _ = try f.served()
    _ = try f.notified()
    let items = f.state.deadlineItems(at: f.now)
    #expect(!items.isEmpty)
    let keys = items.map { $0.status.daysLeft ?? Int.max }
    #expect(keys == keys.sorted())
    #expect(f.state.calendarWarning(at: f.now) == nil)
    // Clocks running into 2027 warn that the calendar does not know that year's holidays.
    let late = Timestamp(day: F.day("2026-12-20"), utcOffset: F.utc)
    var future = CaseFixture()
    future.now = late
    _ = try future.notified()
    #expect(future.state.calendarWarning(at: future.now)?.en.contains("2027") == true)
  }
}

@Suite struct StatisticsTests {
  /// A hand-built bureau with a few of each record, dated in 2025.
  func bureau() throws -> (state: DomainState, from: Day, through: Day) {
    var f = CaseFixture()
    let stamp = ActionStamp(actor: .system, time: F.at("2025-05-01"))
    for (index, tier) in [Enterprise.Tier.key, .key, .general, .general, .general].enumerated() {
      let body = "91210300MA0\(index)00000"
      let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
      let code = body + String(UnifiedSocialCreditCode.checkCharacter(forValues: values))
      var enterprise = Enterprise(uscc: code, name: "企业\(index)", district: "铁东区", tier: tier)
      enterprise.tags = index < 4 ? [Enterprise.feedbackChannelTag] : []
      if tier == .key { enterprise.commissioner = F.commissioner }
      enterprise.qrCodeDeliveredOn = index < 3 ? F.day("2025-04-01") : F.day("2026-01-05")
      f.state.enterprises[EnterpriseID(code)] = enterprise
    }
    var scanned = try #require(f.state.inspections[F.inspection])
    scanned.scanIn = InspectionScanIn(
      scannedAt: F.at("2025-03-04"), place: "厂区", officers: [], verification: .verified,
      stamp: stamp)
    scanned.evaluation = .satisfied
    scanned.supervisors = [
      SupervisorInvitation(supervisor: F.supervisor, invited: stamp, participated: true)
    ]
    f.state.inspections[F.inspection] = scanned
    for index in 1...3 {
      let id = ClueID("XS-2025-000\(index)")
      f.state.clues[id] = Clue(
        id: id, source: index == 3 ? .drone : .onlineMonitoring, enterprise: F.enterpriseID,
        facts: "在线数据超标", measurement: nil, receivedAt: F.at("2025-06-0\(index)"), received: stamp)
    }
    f.state.followUpVisits["VIS-2025-0001"] = FollowUpVisit(
      id: "VIS-2025-0001", enterprise: F.enterpriseID, kind: .followUp,
      visitedOn: F.day("2025-07-01"),
      visitor: F.commissioner, summary: "回访", satisfaction: .satisfied, recordedBy: .system,
      recordedAt: stamp.time)
    f.state.followUpVisits["VIS-2025-0002"] = FollowUpVisit(
      id: "VIS-2025-0002", enterprise: F.enterpriseID, kind: .leaderContact,
      visitedOn: F.day("2025-07-02"), visitor: F.approver, summary: "领导联系", recordedBy: .system,
      recordedAt: stamp.time)
    for index in 1...3 {
      var task = RectificationTask(
        id: RectificationTaskID("ZG-2025-000\(index)"), title: "任务\(index)", district: "铁西区",
        deadline: F.day("2025-11-30"), evidence: ["照片"], enterprises: [], created: stamp)
      if index < 3 {
        task.status = .done
        task.cityRecheck = RectificationStep(on: F.day("2025-10-01"), note: "通过", stamp: stamp)
      }
      f.state.rectificationTasks[task.id] = task
    }
    _ = try f.decidedPenalty()
    return (f.state, F.day("2025-01-01"), F.day("2025-12-31"))
  }

  @Test func figuresComeFromTheRecords() throws {
    let (state, from, through) = try bureau()
    let figures = state.statistics(from: from, through: through)
    #expect(figures.channelKeyEnterprises == 2)
    #expect(figures.channelGeneralEnterprises == 2)
    #expect(figures.keyEnterprisesWithCommissioner == 2)
    #expect(figures.commissioners == 1)
    #expect(figures.approvedInspections == 1)
    #expect(figures.scanIns == 1 && figures.scanInSatisfaction == 1.0)
    // Two of the hand-built clues and the fixture's own clue came from online monitoring.
    #expect(figures.onlineMonitoringClues == 3)
    #expect(figures.minorViolationsNotPenalised == 0)
    #expect(figures.socialSupervisors == 1 && figures.supervisorParticipations == 1)
    #expect(figures.qrCodesDelivered == 3)
    #expect(figures.followUpVisits == 1 && figures.followUpSatisfaction == 1.0)
    #expect(figures.rectificationTasks == 3 && figures.rectificationTasksDone == 2)
    #expect(figures.crimeReferrals == 0 && figures.detentionReferrals == 0)
    // Nothing of 2024 counts those of 2025.
    let before = state.statistics(from: F.day("2024-01-01"), through: F.day("2024-12-31"))
    #expect(
      before.scanIns == 0 && before.onlineMonitoringClues == 0 && before.qrCodesDelivered == 0)
  }

  @Test func noPenaltyDecisionsAreCounted() throws {
    var f = CaseFixture()
    let id = try f.reviewed()
    let findings = NoPenaltyFindings(
      listItem: "NP-01", firstOffence: true, minor: true, correctedInTime: true,
      noHarmfulConsequence: true, notInSensitiveArea: true, correctionOrder: "责改〔2025〕3号",
      correctionDeadline: f.today, correctedOn: f.today.adding(days: -1),
      recheckOn: f.today.adding(days: 30))
    try f.run(.decide(id, .noPenaltyMinor(findings), documentNumber: "不罚-1"), by: F.approver)
    let figures = f.state.statistics(from: F.day("2025-01-01"), through: F.day("2025-12-31"))
    #expect(figures.minorViolationsNotPenalised == 1)
  }
}

@Suite struct PositiveListReviewQueueTests {
  @Test func aViolationDecidedAgainstAListedEnterpriseNeedsReview() throws {
    var f = CaseFixture()
    var entry = PositiveListEntry(id: F.enterpriseID)
    entry.status = .listed
    entry.listedSince = F.day("2025-01-10")
    f.state.positiveList[F.enterpriseID] = entry
    f.state.enterprises[F.enterpriseID]?.positiveList = .listed
    #expect(f.state.positiveListReviewQueue(on: f.today).isEmpty)
    let id = try f.decidedPenalty()
    let queue = f.state.positiveListReviewQueue(on: f.today)
    #expect(
      queue == [PositiveListReviewItem(enterprise: F.enterpriseID, triggers: [.violation(id)])])
    // The workspace's penalty also makes the admission criterion "no penalty in 2 years" fail.
    let facts = f.state.enforcementFacts(of: F.enterpriseID)
    #expect(facts.penalties?.count == 1)
    #expect(facts.crimeRecords == [])
  }
}
