import Testing

@testable import CaseDeskDomain

@Suite struct RectificationRulesTests {
  typealias F = FieldFixture

  static let draft = RectificationTaskDraft(
    title: "某河段黑臭水体整治", district: "铁西区", deadline: F.day("2025-06-30"),
    evidence: ["整治方案"], enterprises: [F.plain])

  static func created(_ f: inout F, _ draft: RectificationTaskDraft = draft) -> RectificationTaskID
  {
    let events = f.perform(.rectification(.createTask(draft)), by: F.clerk, at: F.at("2025-01-10"))
    if case .rectification(.created(let id, _))? = events.first?.change { return id }
    return "missing"
  }

  @Test(arguments: StaffRole.allCases)
  func clerksOfficersAndApproversCreateTasks(_ role: StaffRole) throws {
    var f = F()
    let actor = try #require(F.byRole[role])
    let command = Command.rectification(.createTask(Self.draft))
    if [.clerk, .officer, .approver].contains(role) {
      f.perform(command, by: actor, at: F.at("2025-01-10"))
      let task = f.state.rectificationTasks["ZG-2025-0001"]
      #expect(task?.status == .inProgress)
      #expect(task?.enterprises == [F.plain])
    } else {
      expectRefused(f.refusal(command, by: actor, at: F.at("2025-01-10")), .notPermitted)
    }
  }

  @Test func creationReportsEveryProblem() {
    let f = F()
    let draft = RectificationTaskDraft(
      title: "", district: " ", deadline: F.day("2025-06-30"), evidence: ["ok", ""],
      enterprises: [F.plain, "91210300MA0XXXXXXX", F.plain])
    let refusal = f.refusal(
      .rectification(.createTask(draft)), by: F.clerk, at: F.at("2025-01-10"))
    expectInvalid(
      refusal,
      fields: [
        "task.title", "task.district", "task.evidence[1]", "task.enterprises[1]",
        "task.enterprises[2]",
      ])
  }

  @Test func districtAcceptanceThenCityRecheckPasses() {
    var f = F()
    let id = Self.created(&f)
    f.perform(
      .rectification(.recordProgress(id, evidence: ["清淤完成照片"])), by: F.officer1,
      at: F.at("2025-03-01"))
    #expect(f.state.rectificationTasks[id]?.evidence == ["整治方案", "清淤完成照片"])
    let pass = Command.rectification(.passCityRecheck(id, on: F.day("2025-05-01"), note: "通过"))
    expectRefused(
      f.refusal(pass, by: F.approver, at: F.at("2025-05-01")), .ruleViolated,
      zh: "先区验收", en: "district acceptance first")
    let accept = Command.rectification(
      .recordDistrictAcceptance(id, on: F.day("2025-04-20"), note: "区验收合格"))
    expectRefused(f.refusal(accept, by: F.approver, at: F.at("2025-04-20")), .notPermitted)
    f.perform(accept, by: F.clerk, at: F.at("2025-04-20"))
    #expect(f.state.rectificationTasks[id]?.status == .districtAccepted)
    expectRefused(
      f.refusal(
        .rectification(.recordProgress(id, evidence: ["x"])), by: F.clerk, at: F.at("2025-04-21")),
      .ruleViolated)
    expectRefused(f.refusal(pass, by: F.clerk, at: F.at("2025-05-01")), .notPermitted)
    f.perform(pass, by: F.approver, at: F.at("2025-05-01"))
    let task = f.state.rectificationTasks[id]
    #expect(task?.status == .done)
    #expect(task?.doneOn == F.day("2025-05-01"))
    #expect(task?.cityRecheck?.stamp.actor == .staff(F.approver))
    expectRefused(f.refusal(pass, by: F.approver, at: F.at("2025-05-02")), .ruleViolated)
    expectRefused(f.refusal(accept, by: F.clerk, at: F.at("2025-05-02")), .ruleViolated)
  }

  @Test func cityRecheckSendsBackToTheDistrict() {
    var f = F()
    let id = Self.created(&f)
    f.perform(
      .rectification(.recordDistrictAcceptance(id, on: F.day("2025-04-20"), note: "")),
      by: F.officer1, at: F.at("2025-04-20"))
    expectInvalid(
      f.refusal(
        .rectification(.sendBackToDistrict(id, on: F.day("2025-04-19"), reasons: " ")),
        by: F.approver, at: F.at("2025-04-25")),
      fields: ["step.on", "recheck.reasons"])
    f.perform(
      .rectification(.sendBackToDistrict(id, on: F.day("2025-04-25"), reasons: "水质仍未达标")),
      by: F.approver, at: F.at("2025-04-25"))
    let task = f.state.rectificationTasks[id]
    #expect(task?.status == .inProgress)
    #expect(task?.districtAcceptance == nil)
    #expect(task?.sendBacks.map(\.note) == ["水质仍未达标"])
    // A new acceptance cannot be dated before the send-back.
    expectInvalid(
      f.refusal(
        .rectification(.recordDistrictAcceptance(id, on: F.day("2025-04-24"), note: "")),
        by: F.clerk, at: F.at("2025-05-10")),
      fields: ["step.on"])
    expectInvalid(
      f.refusal(
        .rectification(.recordDistrictAcceptance(id, on: F.day("2025-05-11"), note: "")),
        by: F.clerk, at: F.at("2025-05-10")),
      fields: ["step.on"])
  }

  @Test func acceptanceNeedsEvidence() {
    var f = F()
    var draft = Self.draft
    draft.evidence = []
    let id = Self.created(&f, draft)
    expectRefused(
      f.refusal(
        .rectification(.recordDistrictAcceptance(id, on: F.day("2025-04-20"), note: "")),
        by: F.clerk, at: F.at("2025-04-20")),
      .ruleViolated, zh: "佐证", en: "evidence")
    expectInvalid(
      f.refusal(
        .rectification(.recordProgress(id, evidence: [])), by: F.clerk, at: F.at("2025-04-20")),
      fields: ["progress.evidence"])
    expectRefused(
      f.refusal(
        .rectification(.recordProgress("ZG-2025-0404", evidence: ["x"])), by: F.clerk,
        at: F.at("2025-04-20")), .notFound)
  }

  @Test func linkingEnterprises() {
    var f = F()
    let id = Self.created(&f)
    expectRefused(
      f.refusal(.rectification(.linkEnterprise(id, F.plain)), by: F.clerk, at: F.at("2025-02-01")),
      .ruleViolated, en: "already linked")
    expectRefused(
      f.refusal(
        .rectification(.linkEnterprise(id, "91210300MA0XXXXXXX")), by: F.clerk,
        at: F.at("2025-02-01")), .notFound)
    expectRefused(
      f.refusal(
        .rectification(.linkEnterprise(id, F.listed)), by: F.viewer, at: F.at("2025-02-01")),
      .notPermitted)
    f.perform(.rectification(.linkEnterprise(id, F.listed)), by: F.officer1, at: F.at("2025-02-01"))
    #expect(f.state.rectificationTasks(linkedTo: F.listed).map(\.id) == [id])
    f.perform(.rectification(.unlinkEnterprise(id, F.plain)), by: F.clerk, at: F.at("2025-02-01"))
    #expect(f.state.rectificationTasks(linkedTo: F.plain).isEmpty)
    expectRefused(
      f.refusal(
        .rectification(.unlinkEnterprise(id, F.plain)), by: F.clerk, at: F.at("2025-02-01")),
      .ruleViolated, en: "not linked")
  }

  @Test func progressOverdueAndDeadlines() {
    var f = F()
    // 18 tasks, 15 done by year end (the interview's figures).
    var ids: [RectificationTaskID] = []
    for index in 0..<18 {
      var draft = Self.draft
      draft.title = "整改任务 \(index + 1)"
      draft.deadline = F.day(index < 15 ? "2025-09-30" : "2025-12-31")
      ids.append(Self.created(&f, draft))
    }
    #expect(ids.last == "ZG-2025-0018")
    for id in ids.prefix(15) {
      f.perform(
        .rectification(.recordDistrictAcceptance(id, on: F.day("2025-09-01"), note: "")),
        by: F.clerk, at: F.at("2025-09-01"))
      f.perform(
        .rectification(.passCityRecheck(id, on: F.day("2025-09-20"), note: "")), by: F.approver,
        at: F.at("2025-09-20"))
    }
    f.perform(
      .rectification(.recordDistrictAcceptance(ids[15], on: F.day("2025-11-01"), note: "")),
      by: F.clerk, at: F.at("2025-11-01"))
    let year = F.day("2025-01-01")...F.day("2025-12-31")
    #expect(f.state.rectificationProgress(in: year) == (done: 15, total: 18))
    #expect(
      f.state.rectificationProgress(in: F.day("2026-01-01")...F.day("2026-12-31"))
        == (done: 0, total: 3))
    #expect(
      f.state.rectificationProgress(in: F.day("2024-01-01")...F.day("2024-12-31"))
        == (done: 0, total: 0))
    #expect(f.state.overdueRectificationTasks(on: F.day("2025-12-31")).isEmpty)
    #expect(
      f.state.overdueRectificationTasks(on: F.day("2026-01-01")).map(\.id) == Array(ids[15...]))

    let deadlines = RectificationRules.deadlines(in: f.state, calendar: .weekendsOnly)
    #expect(deadlines.map(\.record) == ids[15...].map { .rectificationTask($0) })
    #expect(deadlines.first?.owners == [.approver])
    #expect(deadlines.last?.owners == [.clerk, .officer])
    #expect(deadlines.first?.due == .endOfDay(F.day("2025-12-31")))
  }

  @Test func inconsistentEventsLeaveTheStateAlone() {
    var f = F()
    let id = Self.created(&f)
    let changes: [RectificationChange] = [
      .created(id, Self.draft),
      .cityRecheckPassed(id, on: F.day("2025-05-01"), note: ""),
      .sentBackToDistrict(id, on: F.day("2025-05-01"), reasons: "x"),
      .progressRecorded("ZG-2025-0404", evidence: ["x"]),
      .enterpriseLinked(id, F.plain),
      .enterpriseUnlinked(id, F.listed),
    ]
    for change in changes {
      let before = f.state
      #expect(throws: Inconsistency.self, "\(change)") {
        try f.state.apply(
          Event(actor: .system, time: F.at("2025-05-01"), change: .rectification(change)))
      }
      #expect(f.state == before)
    }
  }

  @Test func everyChangeDescribesItselfInBothLanguages() {
    let id: RectificationTaskID = "ZG-2025-0001"
    let changes: [RectificationChange] = [
      .created(id, Self.draft), .progressRecorded(id, evidence: ["x"]),
      .districtAccepted(id, on: F.day("2025-04-01"), note: ""),
      .cityRecheckPassed(id, on: F.day("2025-04-02"), note: ""),
      .sentBackToDistrict(id, on: F.day("2025-04-02"), reasons: "r"),
      .enterpriseLinked(id, F.plain), .enterpriseUnlinked(id, F.plain),
    ]
    for change in changes {
      #expect(change.affectedRecords.first == .rectificationTask(id))
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
    }
    #expect(changes[0].affectedRecords.contains(.enterprise(F.plain)))
    for status in RectificationTask.Status.allCases {
      #expect(!status.title.zh.isEmpty && !status.title.en.isEmpty)
    }
  }
}
