import CaseDeskDomain

extension DemoGenerator {
  /// How far an on-site inspection's story goes.
  enum InspectionEnd {
    case approved, scannedIn, resultRecorded, evaluated, filed
  }

  /// Splits the ordinary firms into those kept for cases and those inspected.
  mutating func prepareFirmPools() {
    let ordinary = firms.indices.filter { !firms[$0].listed }.shuffled(using: &random)
    let caseCount = min(
      ordinary.count / 3, plan.noPenalty + 2 * plan.crimeReferrals + 60 * plan.caseRounds)
    caseFirms = Array(ordinary.prefix(caseCount))
    ordinaryFirms = Array(ordinary.dropFirst(caseCount))
  }

  mutating func scheduleInspections() {
    prepareFirmPools()
    // Approved in the year, on site, scanned in the year; the last ones stop early.
    let scanned = plan.approvedOnSiteScanned - clueConversions
    for index in 0..<scanned {
      let firm = nextOrdinaryFirm()
      let fraction = Double(index) / Double(max(scanned, 1))
      let scanDay = C.weekday(
        C.day(2025, 1, 6).adding(days: Int(fraction * 340) + random.below(3)))
      let end: InspectionEnd
      switch scanned - index {
      case 1...2: end = .scannedIn
      case 3...4: end = .resultRecorded
      case 5...7: end = .evaluated
      default: end = .filed
      }
      let share = plan.inspectionParticipations
      let invite = (index * share) / max(scanned, 1) != ((index + 1) * share) / max(scanned, 1)
      onSiteInspection(
        firm, approvedOn: scanDay.adding(days: -3), scanOn: scanDay, end: end,
        supervisor: invite ? index : nil)
    }
    // Approved late last year, scanned in this one.
    for _ in 0..<plan.approvedLastYearScannedThisYear {
      let firm = nextOrdinaryFirm()
      let approved = C.weekday(day(in: C.day(2024, 12, 16)...C.day(2024, 12, 27)))
      let scan = C.weekday(day(in: C.day(2025, 1, 2)...C.day(2025, 1, 17)))
      onSiteInspection(firm, approvedOn: approved, scanOn: scan, end: .filed, supervisor: nil)
    }
    for _ in 0..<plan.approvedLastYearScannedLastYear {
      let firm = nextOrdinaryFirm()
      let scan = C.weekday(day(in: C.day(2024, 10, 14)...C.day(2024, 12, 6)))
      onSiteInspection(
        firm, approvedOn: scan.adding(days: -3), scanOn: scan, end: .filed, supervisor: nil)
    }
    // Approved in December, not yet on site.
    for index in 0..<plan.approvedNotYetOnSite {
      let firm = nextOrdinaryFirm()
      onSiteInspection(
        firm, approvedOn: C.day(2025, 12, 15).adding(days: index % 4),
        scanOn: C.day(2025, 12, 22).adding(days: index % 8), end: .approved, supervisor: nil)
    }
    // Off-site checks of positive-list firms.
    let listed = firms.filter(\.listed)
    for index in 0..<plan.approvedOffSite where !listed.isEmpty {
      let firm = listed[index % listed.count]
      let day = C.weekday(day(in: C.day(2025, 2, 10)...C.day(2025, 11, 28)))
      offSiteInspection(firm, on: day)
    }
    // Plans awaiting approval, and plans withdrawn.
    for index in 0..<plan.plannedAwaitingApproval {
      let firm = nextOrdinaryFirm()
      let planned = C.at(C.day(2025, 12, 17).adding(days: index % 3), 10, index % 60)
      schedule.command(
        .inspection(
          .planInspection(
            InspectionPlan(
              enterprise: firm.id, kind: .randomSampling, mode: .onSite,
              plannedOn: C.day(2025, 12, 29), officers: officerPair(),
              reason: .randomSampling("双随机抽查〔2025〕第12批")))),
        by: .staff(officers[index % officers.count]), at: planned)
    }
    for index in 0..<plan.withdrawn {
      let firm = nextOrdinaryFirm()
      let slot = schedule.slot()
      let day = C.weekday(day(in: C.day(2025, 3, 3)...C.day(2025, 11, 14)))
      let officer = officers[index % officers.count]
      let pair = officerPair()
      schedule.create(.inspection, into: slot, by: .staff(officer), at: C.at(day, 9)) { _ in
        .inspection(
          .planInspection(
            InspectionPlan(
              enterprise: firm.id, kind: .routine, mode: .onSite, plannedOn: day.adding(days: 7),
              officers: pair)))
      }
      schedule.command(by: .staff(officer), at: C.at(day.adding(days: 2), 9)) { runner in
        .inspection(
          .withdrawInspection(InspectionID(runner.id(slot)), reason: "企业已停产，检查计划撤回"))
      }
    }
  }

  /// One on-site inspection from its plan to `end`; `supervisor` invites a social supervisor.
  mutating func onSiteInspection(
    _ firm: DemoFirm, approvedOn: Day, scanOn: Day, end: InspectionEnd, supervisor: Int?,
    fromClue clueSlot: Int? = nil
  ) {
    let slot = schedule.slot()
    let pair = officerPair()
    let lead = Actor.staff(pair[0])
    let approver = Actor.staff(approvers[random.below(approvers.count)])
    let year = approvedOn.year
    let form = number("鞍环检审", year)
    let notice = number("鞍环检通", year)
    let minute = random.below(50)
    let plannedAt = C.at(approvedOn.adding(days: -1), 9, minute)
    if let clueSlot {
      schedule.create(.inspection, into: slot, by: lead, at: plannedAt) { runner in
        .clue(
          .convertClueToInspection(
            ClueID(runner.id(clueSlot)), enterprise: nil, mode: .onSite, plannedOn: scanOn,
            officers: pair))
      }
    } else {
      let kind: Inspection.Kind = random.chance(30) ? .randomSampling : .routine
      let plan = InspectionPlan(
        enterprise: firm.id, kind: kind, mode: .onSite, plannedOn: scanOn, officers: pair,
        reason: kind == .randomSampling ? .randomSampling("双随机抽查〔\(year)〕") : nil)
      schedule.create(.inspection, into: slot, by: lead, at: plannedAt) { _ in
        .inspection(.planInspection(plan))
      }
    }
    schedule.command(by: approver, at: C.at(approvedOn, 10, minute)) { runner in
      .inspection(
        .approveInspection(
          InspectionID(runner.id(slot)), approvalFormNumber: form, noticeNumber: notice))
    }
    if let supervisor, !supervisorSlots.isEmpty {
      let supervisorSlot = supervisorSlots.lowerBound + supervisor % supervisorSlots.count
      schedule.command(by: lead, at: C.at(approvedOn, 16, minute)) { runner in
        .inspection(
          .inviteSupervisor(
            InspectionID(runner.id(slot)), SupervisorID(runner.id(supervisorSlot))))
      }
      if end != .approved {
        schedule.command(by: lead, at: C.at(scanOn, 12, minute)) { runner in
          .inspection(
            .recordSupervisorParticipation(
              InspectionID(runner.id(slot)), SupervisorID(runner.id(supervisorSlot)),
              participated: true, opinion: "执法程序规范，文明执法"))
        }
      }
    }
    guard end != .approved else { return }
    let scanAt = C.at(scanOn, 9, 30 + minute % 20)
    let report = ScanInReport(
      scannedAt: scanAt, place: random.pick(["厂区东门", "厂区南门", "办公楼前", "生产车间门口"]), officers: pair,
      verification: .verified)
    schedule.command(by: lead, at: scanAt.adding(seconds: 60)) { runner in
      .inspection(.recordScanIn(InspectionID(runner.id(slot)), report))
    }
    guard end != .scannedIn else { return }
    let roll = random.below(100)
    let outcome: Inspection.Outcome =
      roll < 78 ? .compliant : (roll < 88 ? .problemsFound : .healthCheckForm)
    let findings: String
    var problems: [String] = []
    switch outcome {
    case .compliant: findings = "污染防治设施正常运行，未发现环境违法行为"
    case .problemsFound: findings = "危险废物贮存台账记录不完整，已责令完善"
    default:
      findings = "现场发现可立行立改问题，开具生态环境体检单"
      problems = [
        random.pick(["危险废物标识标签不规范", "雨水排口未设置标识牌", "物料堆场苫盖不完整"]),
        random.pick(["环保设施运行台账未及时更新", "应急物资储备不足", "排污许可证正本未悬挂"]),
      ]
    }
    let outcomeFinal = outcome
    let problemList = problems
    schedule.command(by: lead, at: C.at(scanOn, 11, minute)) { runner in
      .inspection(
        .recordResult(
          InspectionID(runner.id(slot)), outcome: outcomeFinal, findings: findings,
          healthCheckProblems: problemList))
    }
    if outcome == .healthCheckForm {
      let verifyOn = scanOn.adding(days: 10)
      if verifyOn < C.lastDay.adding(days: -20) {
        for problem in 0..<problems.count {
          schedule.command(by: lead, at: C.at(verifyOn, 14, problem)) { runner in
            .inspection(
              .verifyHealthCheckProblem(
                InspectionID(runner.id(slot)), problem: problem, isFixed: true,
                verifiedOn: verifyOn, officer: pair[0]))
          }
        }
      }
    }
    guard end != .resultRecorded else { return }
    let evaluation: Inspection.Evaluation = random.chance(88) ? .satisfied : .basicallySatisfied
    schedule.command(by: lead, at: C.at(scanOn, 11, minute + 5)) { runner in
      .inspection(.recordEvaluation(InspectionID(runner.id(slot)), evaluation))
    }
    guard end != .evaluated else { return }
    schedule.command(by: .staff(clerks[2]), at: C.at(scanOn.adding(days: 3), 16, minute)) {
      runner in
      .inspection(.fileInspection(InspectionID(runner.id(slot))))
    }
  }

  /// An off-site check of a positive-list firm: approved, recorded compliant, filed.
  mutating func offSiteInspection(_ firm: DemoFirm, on day: Day) {
    let slot = schedule.slot()
    let pair = officerPair()
    let lead = Actor.staff(pair[0])
    let form = number("鞍环检审", day.year)
    let notice = number("鞍环检通", day.year)
    let plan = InspectionPlan(
      enterprise: firm.id, kind: .routine, mode: .offSite, plannedOn: day, officers: pair)
    schedule.create(.inspection, into: slot, by: lead, at: C.at(day.adding(days: -2), 9)) { _ in
      .inspection(.planInspection(plan))
    }
    schedule.command(by: .staff(approvers[0]), at: C.at(day.adding(days: -1), 10)) { runner in
      .inspection(
        .approveInspection(
          InspectionID(runner.id(slot)), approvalFormNumber: form, noticeNumber: notice))
    }
    schedule.command(by: lead, at: C.at(day, 15)) { runner in
      .inspection(
        .recordResult(
          InspectionID(runner.id(slot)), outcome: .compliant,
          findings: "调阅自动监控数据、视频监控及用电监控，未见异常", healthCheckProblems: []))
    }
    schedule.command(by: lead, at: C.at(day.adding(days: 1), 15)) { runner in
      .inspection(.fileInspection(InspectionID(runner.id(slot))))
    }
  }
}
