import Testing

@testable import CaseDeskDomain

@Suite struct FieldPropertyTests {
  typealias F = FieldFixture

  static let actors: [StaffID] = [
    F.officer1, F.officer1, F.officer2, F.officer3, F.approver, F.approver, F.clerk, F.clerk,
    F.reviewer, F.commissioner, F.supervisorStaff, F.viewer, F.uncertified,
  ]

  /// A random command about the records that exist now.
  static func command(_ r: inout SeededRandom, _ state: DomainState, now: Timestamp, step: Int)
    -> Command
  {
    let today = now.day(utcOffset: state.settings.utcOffset)
    let inspections = state.inspections.keys.sorted()
    let clues = state.clues.keys.sorted()
    let tasks = state.rectificationTasks.keys.sorted()
    let inspection = r.pickRecent(inspections) ?? "JC-2025-0001"
    let clue = r.pickRecent(clues) ?? "XS-2025-0001"
    let task = r.pickRecent(tasks) ?? "ZG-2025-0001"
    let enterprise = r.bool() ? F.plain : F.listed
    let officerPool = [F.officer1, F.officer2, F.officer3, F.uncertified]
    let officers =
      r.below(5) == 0
      ? [r.pick(officerPool) ?? F.officer1, r.pick(officerPool) ?? F.officer2]
      : [F.officer1, r.bool() ? F.officer2 : F.officer3]
    let day = today.adding(days: r.below(5) - 1)
    switch r.below(24) {
    case 0, 1:
      let reasons: [Inspection.Reason?] = [
        nil, nil, .complaint("C-\(step)"), .randomSampling("R-\(step)"), .clue(clue),
      ]
      return .inspection(
        .planInspection(
          InspectionPlan(
            enterprise: enterprise, kind: r.pick(Inspection.Kind.allCases) ?? .routine,
            mode: r.pick([nil, .onSite, .offSite]) ?? nil, plannedOn: day, officers: officers,
            reason: r.pick(reasons) ?? nil)))
    case 2:
      let number = r.below(4) == 0 ? "N-1" : "N-\(step)"
      return .inspection(
        .approveInspection(inspection, approvalFormNumber: "F-\(step)", noticeNumber: number))
    case 3:
      if r.below(3) == 0 {
        return .inspection(.withdrawInspection(inspection, reason: r.bool() ? "停产" : ""))
      }
      return .inspection(.fileInspection(inspection))
    case 4, 5:
      return .inspection(
        .recordScanIn(
          inspection,
          ScanInReport(
            scannedAt: now.adding(seconds: -Int64(r.below(3) * 3600)), place: "厂区",
            officers: officers, verification: r.below(4) == 0 ? .failed : .verified)))
    case 6:
      let outcome = r.pick(Inspection.Outcome.allCases) ?? .compliant
      let problems =
        r.below(4) == 0
        ? r.pick([[], ["标识不全"], ["标识不全", "台账"]]) ?? []
        : outcome == .healthCheckForm ? ["标识不全", "台账"] : []
      return .inspection(
        .recordResult(
          inspection, outcome: outcome, findings: r.bool() ? "问题" : "",
          healthCheckProblems: problems))
    case 7:
      return .inspection(
        .verifyHealthCheckProblem(
          inspection, problem: r.below(3), isFixed: r.bool(), verifiedOn: today,
          officer: r.pick(officerPool) ?? F.officer1))
    case 8:
      return .inspection(
        .recordEvaluation(inspection, r.pick(Inspection.Evaluation.allCases) ?? .satisfied))
    case 9:
      return .inspection(.fileInspection(inspection))
    case 10:
      return .inspection(.inviteSupervisor(inspection, r.bool() ? F.supervisor : F.otherSupervisor))
    case 11:
      return .inspection(
        .recordSupervisorParticipation(
          inspection, r.bool() ? F.supervisor : F.otherSupervisor, participated: r.bool(),
          opinion: r.bool() ? "规范" : ""))
    case 12, 13:
      let intake = ClueIntake(
        source: r.pick(Clue.Source.allCases) ?? .drone,
        enterprise: r.pick([F.plain, F.listed, nil]) ?? nil,
        facts: r.below(8) == 0 ? "" : "超标",
        measurement: r.bool()
          ? ClueMeasurement(
            pollutant: "SO2", measured: Double(r.below(100)), limit: 50, unit: "mg/m³")
          : nil,
        receivedAt: now.adding(seconds: -Int64(r.below(72) * 3600)))
      return .clue(r.bool() ? .receiveClue(intake) : .receiveClues([intake, intake]))
    case 14:
      return .clue(.verifyClue(clue, r.pick(Clue.Verification.allCases) ?? .verified))
    case 15:
      return .clue(.extendFilingDecision(clue, reason: r.bool() ? "调取数据" : ""))
    case 16:
      return .clue(.dismissClue(clue, reason: r.bool() ? "不属实" : ""))
    case 17:
      return .clue(
        .convertClueToInspection(
          clue, enterprise: r.pick([nil, F.plain, F.listed]) ?? nil, mode: nil, plannedOn: day,
          officers: officers))
    case 18:
      return .rectification(
        .createTask(
          RectificationTaskDraft(
            title: "任务 \(step)", district: "铁东区", deadline: today.adding(days: r.below(90)),
            evidence: r.bool() ? ["方案"] : [], enterprises: r.bool() ? [enterprise] : [])))
    case 19:
      return .rectification(.recordProgress(task, evidence: r.bool() ? ["照片"] : []))
    case 20:
      return .rectification(.recordDistrictAcceptance(task, on: day, note: ""))
    case 21:
      return .rectification(.passCityRecheck(task, on: day, note: ""))
    case 22:
      return .rectification(.sendBackToDistrict(task, on: day, reasons: r.bool() ? "未达标" : ""))
    default:
      return .rectification(
        r.bool() ? .linkEnterprise(task, enterprise) : .unlinkEnterprise(task, enterprise))
    }
  }

  /// The role most likely allowed to give a command (so that records move on).
  static func likelyActor(for command: Command) -> StaffID {
    switch command {
    case .inspection(.approveInspection), .clue(.extendFilingDecision),
      .rectification(.passCityRecheck), .rectification(.sendBackToDistrict):
      return F.approver
    case .inspection(.recordEvaluation), .rectification:
      return F.clerk
    default:
      return F.officer1
    }
  }

  /// Problems with the state that no sequence of commands may produce.
  static func violations(_ state: DomainState) -> [String] {
    var found: [String] = []
    for i in state.inspections.values {
      let id = i.id.raw
      if let scan = i.scanIn {
        guard let approval = i.approval else {
          found.append("\(id): scan-in without approval")
          continue
        }
        if scan.scannedAt < approval.stamp.time { found.append("\(id): scan before approval") }
        if i.mode != .onSite { found.append("\(id): off-site scan-in") }
        if Set(scan.officers.map(\.staff)).count < 2
          || scan.officers.contains(where: { $0.certificateNumber.isEmpty })
        {
          found.append("\(id): scan-in without two certified officers")
        }
      }
      if let result = i.result {
        if i.approval == nil { found.append("\(id): result without approval") }
        if i.mode == .onSite, result.outcome != .caseOpened, i.scanIn?.verification != .verified {
          found.append("\(id): on-site result without a verified scan-in")
        }
        if (result.outcome == .healthCheckForm) != (i.healthCheckForm != nil) {
          found.append("\(id): health-check form does not match the outcome")
        }
      } else if i.healthCheckForm != nil || i.evaluation != nil || i.filed != nil {
        found.append("\(id): form, evaluation or filing without a result")
      }
      if i.evaluation != nil, i.mode != .onSite { found.append("\(id): off-site evaluation") }
      if i.withdrawal != nil, i.scanIn != nil || i.result != nil {
        found.append("\(id): withdrawn after going on site")
      }
      if i.isPositiveListException, i.kind == .routine, i.reason == nil {
        found.append("\(id): routine on-site visit to a listed enterprise without a reason")
      }
      if i.isPositiveListException != (i.mode == .onSite && i.enterprise == F.listed) {
        found.append("\(id): positive-list mark wrong")
      }
      if Set(i.officers).count < 2 { found.append("\(id): plan without two officers") }
      if i.supervisors.contains(where: { $0.participated != nil }), i.scanIn == nil, i.result == nil
      {
        found.append("\(id): participation before the visit")
      }
    }
    for c in state.clues.values {
      switch c.disposition {
      case .dismissed?:
        if (c.dismissalReason ?? "").allSatisfy(\.isWhitespace) {
          found.append("\(c.id): dismissed without a reason")
        }
      case .convertedToInspection?:
        if let inspection = c.inspection.flatMap({ state.inspections[$0] }) {
          if inspection.reason != .clue(c.id) { found.append("\(c.id): inspection not on clue") }
        } else {
          found.append("\(c.id): converted to a missing inspection")
        }
      case .convertedToCase?, nil:
        break
      }
      if c.source.requiresEnterprise, c.enterprise == nil {
        found.append("\(c.id): monitoring clue without enterprise")
      }
    }
    for t in state.rectificationTasks.values {
      switch t.status {
      case .done:
        if t.cityRecheck == nil || t.districtAcceptance == nil {
          found.append("\(t.id): done without acceptance and re-check")
        }
      case .districtAccepted:
        if t.districtAcceptance == nil || t.evidence.isEmpty {
          found.append("\(t.id): accepted without a record or evidence")
        }
      case .inProgress:
        if t.districtAcceptance != nil || t.cityRecheck != nil {
          found.append("\(t.id): in progress with acceptance")
        }
      }
    }
    return found
  }

  @Test(arguments: [UInt64(1), 20_251_231, 0xCA5E_DE5C])
  func randomCommandsKeepTheInvariantsAndReplay(seed: UInt64) {
    var r = SeededRandom(seed: seed)
    var f = F()
    let start = f.state
    var events: [Event] = []
    var now = F.at("2025-01-02")
    var accepted = 0
    for step in 0..<2500 {
      now = now.adding(seconds: Int64(r.below(30) * 3600))
      let command = Self.command(&r, f.state, now: now, step: step)
      let actor: Actor
      switch r.below(10) {
      case 0: actor = .staff(r.pick(Self.actors) ?? F.officer1)
      case 1: actor = .system
      default: actor = .staff(Self.likelyActor(for: command))
      }
      do {
        events += try Domain.perform(command, by: actor, at: now, on: &f.state)
        accepted += 1
      } catch {
        #expect(error.kind != .ruleViolated || !error.message.en.contains("Internal error"))
      }
      let problems = Self.violations(f.state)
      if !problems.isEmpty {
        Issue.record("seed \(seed) step \(step) \(command): \(problems)")
        return
      }
    }
    var stages: [Inspection.Stage: Int] = [:]
    for i in f.state.inspections.values { stages[i.stage, default: 0] += 1 }
    #expect(stages[.filed, default: 0] > 0 && stages[.withdrawn, default: 0] > 0)
    #expect(accepted > 300)
    #expect(!f.state.inspections.values.filter { $0.filed != nil }.isEmpty)
    #expect(!f.state.rectificationTasks.values.filter { $0.status == .done }.isEmpty)
    var replayed = start
    do {
      try replayed.apply(events)
    } catch {
      Issue.record("replay failed: \(error)")
    }
    #expect(replayed == f.state)
  }
}
