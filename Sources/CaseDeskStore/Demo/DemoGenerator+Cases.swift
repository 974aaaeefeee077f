import CaseDeskDomain

extension DemoGenerator {
  static let violations: [(String, String, String)] = [
    ("超标排放大气污染物", "《大气污染防治法》第十八条", "《大气污染防治法》第九十九条第二项"),
    ("超标排放水污染物", "《水污染防治法》第十条", "《水污染防治法》第八十三条第二项"),
    ("危险废物未按规定贮存", "《固体废物污染环境防治法》第八十一条", "《固体废物污染环境防治法》第一百一十二条第一款第六项"),
    ("未按规定公开环境信息", "《环境保护法》第五十五条", "《企业环境信息依法披露管理办法》第二十八条"),
    ("未按排污许可证规定提交执行报告", "《排污许可管理条例》第二十二条", "《排污许可管理条例》第三十七条第二项"),
    ("物料堆场未采取防尘措施", "《大气污染防治法》第七十二条", "《大气污染防治法》第一百一十七条第二项"),
  ]

  mutating func scheduleCases() {
    let supervisorBase = supervisorSlots.lowerBound
    var participations = 0
    func supervisor(_ gen: inout DemoGenerator) -> Int? {
      guard participations < gen.plan.caseParticipations, !gen.supervisorSlots.isEmpty else {
        return nil
      }
      participations += 1
      return supervisorBase + (participations * 7) % gen.supervisorSlots.count
    }
    // Minor violations not penalised (four lists), decided through the year.
    let items = ["NP-01", "NP-02", "NP-03"]
    for index in 0..<plan.noPenalty {
      let fraction = Double(index) / Double(max(plan.noPenalty, 1))
      let start = C.weekday(C.day(2025, 1, 6).adding(days: Int(fraction * 300)))
      let end: CaseStage = index % 7 == 6 ? .served : (index % 3 == 0 ? .closed : .archived)
      caseStory(
        DemoCaseStory(
          firm: nextCaseFirm(), start: start, end: end,
          outcome: .noPenalty(listItem: items[index % items.count]),
          supervisorSlot: index % 2 == 0 ? supervisor(&self) : nil))
    }
    // Crime referrals handed over in the year, in five police stages.
    for index in 0..<plan.crimeReferrals {
      let start = C.weekday(
        C.day(2025, 2, 10).adding(days: (index * 290) / max(plan.crimeReferrals, 1)))
      caseStory(
        DemoCaseStory(
          firm: nextCaseFirm(), start: start, end: .decided,
          outcome: .crimeReferral(variant: index % 5), supervisorSlot: supervisor(&self)))
    }
    // One more crime referral decided in December, awaiting the head's approval.
    caseStory(
      DemoCaseStory(
        firm: nextCaseFirm(), start: C.day(2025, 11, 17), end: .decided,
        outcome: .crimeReferral(variant: 9)))
    for index in 0..<plan.detentionReferrals {
      let start = C.weekday(
        C.day(2025, 3, 3).adding(days: (index * 230) / max(plan.detentionReferrals, 1)))
      caseStory(
        DemoCaseStory(
          firm: nextCaseFirm(), start: start, end: .served,
          outcome: .detentionReferral(variant: index % 2), supervisorSlot: supervisor(&self)))
    }
    for round in 0..<plan.caseRounds {
      scheduleCaseShowcase(round: round) { gen in supervisor(&gen) }
    }
  }

  /// Penalty cases in every stage, with overdue and due-soon clocks as of the demo's day.
  mutating func scheduleCaseShowcase(round: Int, supervisor: (inout DemoGenerator) -> Int?) {
    func story(
      _ start: Day, _ end: CaseStage, _ outcome: DemoCaseStory.Outcome = .penalty(fineFen: 0),
      path: DemoCaseStory.Path = .plain, paid: Bool = true, invite: Bool = false,
      gen: inout DemoGenerator
    ) {
      var fine = outcome
      if case .penalty(0) = outcome {
        fine = .penalty(
          fineFen: gen.random.pick([20_000, 50_000, 100_000, 150_000, 200_000, 380_000]) * 100)
      }
      let slot = invite ? supervisor(&gen) : nil
      gen.caseStory(
        DemoCaseStory(
          firm: gen.nextCaseFirm(), start: C.weekday(start), end: end, outcome: fine, path: path,
          supervisorSlot: slot, paid: paid))
    }
    let d = C.day
    // Archived and closed penalty cases through the year (the bulk of the docket).
    for month in 1...10 {
      story(d(2025, month, 6), .archived, gen: &self)
      story(
        d(2025, month, 20), month % 2 == 0 ? .closed : .archived, invite: month % 3 == 0, gen: &self
      )
    }
    story(d(2024, 10, 14), .archived, gen: &self)
    story(d(2024, 11, 11), .archived, gen: &self)
    story(d(2025, 5, 12), .archived, path: .hearing, gen: &self)
    story(d(2025, 7, 7), .closed, path: .collective, gen: &self)
    story(d(2025, 4, 14), .archived, .notEstablished, gen: &self)
    // Open stages as of the demo's day.
    story(d(2025, 12, 15), .opened, gen: &self)
    story(d(2025, 12, 8), .filed, gen: &self)
    story(d(2025, 8, 18), .investigation, gen: &self)  // decision clock overdue
    story(d(2025, 11, 10), .investigation, gen: &self)
    story(d(2025, 9, 22), .reported, gen: &self)  // decision due in days
    story(d(2025, 10, 20), .reviewed, invite: true, gen: &self)
    story(d(2025, 11, 3), .notified, path: .hearing, gen: &self)
    story(d(2025, 10, 13), .hearing, path: .hearing, gen: &self)
    story(d(2025, 9, 29), .legalReviewed, path: .hearing, gen: &self)
    story(d(2025, 10, 27), .discussed, path: .collective, gen: &self)
    story(d(2025, 11, 10), .decided, gen: &self)
    story(d(2025, 10, 8), .served, paid: false, gen: &self)  // fine unpaid past its deadline
    story(d(2025, 9, 15), .enforcement, paid: false, gen: &self)  // demanded
    story(d(2025, 8, 4), .enforcement, gen: &self)  // part paid
    story(d(2025, 6, 9), .withdrawn, gen: &self)
    for (month, end) in [(3, CaseStage.archived), (9, .investigation)] {
      let firm = nextCaseFirm()
      let received = C.weekday(d(2025, month, 10))
      let clue = schedule.slot()
      let intake = ClueIntake(
        source: .onlineMonitoring, enterprise: firm.id, facts: "在线监测数据显示氮氧化物连续超标",
        receivedAt: C.at(received, 7))
      schedule.create(.clue, into: clue, by: .staff(clerks[0]), at: C.at(received, 8, 45)) { _ in
        .clue(.receiveClue(intake))
      }
      let officer = Actor.staff(officers[month % officers.count])
      schedule.command(by: officer, at: C.at(received.adding(days: 1), 9)) { runner in
        .clue(.verifyClue(ClueID(runner.id(clue)), .verified))
      }
      var story = DemoCaseStory(
        firm: firm, start: received.adding(days: 3), end: end,
        outcome: .penalty(fineFen: 12_000_000))
      story.clueSlot = clue
      caseStory(story)
    }
    story(d(2025, 11, 24), .withdrawn, gen: &self)
  }

  /// Schedules a case's steps from its opening to the story's end.
  mutating func caseStory(_ story: DemoCaseStory) {
    let slot = schedule.slot()
    let referralSlot = schedule.slot()
    let pair = officerPair()
    let lead = Actor.staff(pair[0])
    let approver = Actor.staff(approvers[random.below(approvers.count)])
    let reviewer = Actor.staff(reviewers[random.below(reviewers.count)])
    let clerk = Actor.staff(clerks[random.below(clerks.count)])
    let violation = random.pick(Self.violations)
    let firm = story.firm
    var day = story.start
    var minute = random.below(50)
    func next(_ days: Int) -> Timestamp {
      day = C.weekday(day.adding(days: days))
      minute = (minute + 7) % 60
      return C.at(day, 10, minute)
    }
    func id(_ runner: DemoRunner) -> CaseID { CaseID(runner.id(slot)) }
    let opening = CaseOpening(
      enterprise: firm.id, source: .other(random.pick(["群众举报", "日常巡查发现", "上级交办", "部门移交"])),
      violation: violation.0, legalBasis: violation.1, conductOn: day.adding(days: -10))
    let clueSlot = story.clueSlot
    schedule.create(.enforcementCase, into: slot, by: lead, at: next(0)) { runner in
      var fromClue = opening
      if let clueSlot { fromClue.source = .clue(ClueID(runner.id(clueSlot))) }
      return .enforcementCase(.openCase(fromClue))
    }
    guard story.end != .opened else { return }
    let conditions = FilingConditions(
      suspectedViolation: true, penaltyPossible: true, withinJurisdiction: true,
      notTimeBarred: true, opinion: "符合立案条件，同意立案")
    schedule.command(by: approver, at: next(2)) { runner in
      .enforcementCase(.fileCase(id(runner), conditions))
    }
    if story.end == .filed { return }
    if story.end == .withdrawn {
      schedule.command(by: approver, at: next(5)) { runner in
        .enforcementCase(.withdrawFiling(id(runner), reason: "经调查违法行为已超过追责时效"))
      }
      return
    }
    schedule.command(by: lead, at: next(1)) { runner in
      .enforcementCase(.startInvestigation(id(runner), officers: pair))
    }
    let evidenceDay = day.adding(days: 1)
    let documentBase = "勘〔\(day.year)〕\(random.within(100...999))"
    schedule.command(by: lead, at: next(1)) { runner in
      .enforcementCase(
        .recordEvidence(
          id(runner),
          EvidenceRecord(
            kind: .onSiteRecord, documentNumber: documentBase + "号", madeOn: evidenceDay,
            summary: "现场检查笔录及照片")))
    }
    schedule.command(by: lead, at: next(3)) { runner in
      .enforcementCase(
        .recordEvidence(
          id(runner),
          EvidenceRecord(
            kind: .interview, documentNumber: documentBase + "-询号",
            madeOn: evidenceDay.adding(days: 3),
            summary: "对企业负责人调查询问笔录")))
    }
    if story.end == .investigation { return }
    let report = InvestigationReport(
      facts: "\(firm.name)\(violation.0)，事实清楚", evidence: "现场检查笔录、调查询问笔录、监测报告",
      proposedOutcome: proposedOutcome(story.outcome))
    schedule.command(by: lead, at: next(8)) { runner in
      .enforcementCase(.submitInvestigationReport(id(runner), report))
    }
    if let supervisorSlot = story.supervisorSlot {
      schedule.command(by: reviewer, at: next(1)) { runner in
        .enforcementCase(.inviteSupervisor(id(runner), SupervisorID(runner.id(supervisorSlot))))
      }
      schedule.command(by: lead, at: next(1)) { runner in
        .enforcementCase(
          .addSupervisorOpinion(
            id(runner), SupervisorID(runner.id(supervisorSlot)), opinion: "案件审查程序合法，同意审查意见"))
      }
    }
    if story.end == .reported { return }
    schedule.command(by: reviewer, at: next(2)) { runner in
      .enforcementCase(.reviewCase(id(runner), .passed(opinion: "事实清楚、证据确凿、程序合法")))
    }
    if story.end == .reviewed { return }
    scheduleDecision(
      story, slot: slot, referralSlot: referralSlot, lead: lead, approver: approver,
      reviewer: reviewer, clerk: clerk, violation: violation, day: &day, minute: &minute)
  }

  func proposedOutcome(_ outcome: DemoCaseStory.Outcome) -> String {
    switch outcome {
    case .penalty(let fen): return "建议罚款\(fen / 100)元"
    case .noPenalty: return "符合不予处罚清单，建议不予处罚并责令改正"
    case .crimeReferral: return "涉嫌环境污染犯罪，建议移送公安机关"
    case .detentionReferral: return "建议罚款并移送公安机关适用行政拘留"
    case .notEstablished: return "违法事实不能成立，建议不予处罚"
    }
  }
}
