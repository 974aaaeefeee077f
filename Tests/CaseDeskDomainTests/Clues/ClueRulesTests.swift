import Testing

@testable import CaseDeskDomain

@Suite struct ClueRulesTests {
  typealias F = FieldFixture

  static func intake(
    _ source: Clue.Source = .onlineMonitoring, enterprise: EnterpriseID? = F.plain,
    measured: Double = 75, limit: Double? = 50, on day: String = "2025-03-03"
  ) -> ClueIntake {
    ClueIntake(
      source: source, enterprise: enterprise, facts: "颗粒物小时均值超标",
      measurement: ClueMeasurement(
        pollutant: "颗粒物", measured: measured, limit: limit, unit: "mg/m³"),
      receivedAt: F.at(day))
  }

  /// Receives a clue at 09:00 on its day and returns its id.
  static func received(_ f: inout F, _ intake: ClueIntake = intake()) -> ClueID {
    let events = f.perform(.clue(.receiveClue(intake)), by: F.clerk, at: intake.receivedAt)
    if case .clue(.received(let id, _))? = events.first?.change { return id }
    return "missing"
  }

  @Test(arguments: StaffRole.allCases)
  func officersAndClerksReceiveClues(_ role: StaffRole) throws {
    var f = F()
    let actor = try #require(F.byRole[role])
    let command = Command.clue(.receiveClue(Self.intake()))
    if role == .officer || role == .clerk {
      let events = f.perform(command, by: actor, at: F.at("2025-03-03"))
      #expect(events.map(\.change) == [.clue(.received("XS-2025-0001", Self.intake()))])
      let clue = f.state.clues["XS-2025-0001"]
      #expect(clue?.isOpen == true)
      #expect(clue?.received.actor == .staff(actor))
    } else {
      expectRefused(f.refusal(command, by: actor, at: F.at("2025-03-03")), .notPermitted)
    }
  }

  @Test func intakeReportsEveryProblemAtOnce() {
    let f = F()
    let intake = ClueIntake(
      source: .onlineMonitoring, enterprise: nil, facts: " ",
      measurement: ClueMeasurement(pollutant: "", measured: -1, limit: 0, unit: ""),
      receivedAt: F.at("2025-03-04"))
    let refusal = f.refusal(.clue(.receiveClue(intake)), by: F.clerk, at: F.at("2025-03-03"))
    expectInvalid(
      refusal,
      fields: [
        "clue.facts", "clue.enterprise", "clue.receivedAt", "clue.measurement.pollutant",
        "clue.measurement.unit", "clue.measurement.measured", "clue.measurement.limit",
      ])
    let unknown = f.refusal(
      .clue(.receiveClue(Self.intake(enterprise: "91210300MA0XXXXXXX"))), by: F.clerk,
      at: F.at("2025-03-03"))
    expectInvalid(unknown, fields: ["clue.enterprise"])
    let nan = f.refusal(
      .clue(.receiveClue(Self.intake(measured: .nan, limit: .infinity))), by: F.clerk,
      at: F.at("2025-03-03"))
    expectInvalid(nan, fields: ["clue.measurement.measured", "clue.measurement.limit"])
  }

  @Test func anonymousComplaintsMayNameNoEnterprise() {
    var f = F()
    let id = Self.received(
      &f,
      ClueIntake(
        source: .hotline, enterprise: nil, facts: "夜间有刺鼻气味", receivedAt: F.at("2025-03-03")))
    #expect(f.state.clues[id]?.enterprise == nil)
    #expect(f.state.clues[id]?.measurement == nil)
  }

  @Test func bulkIntakeNumbersOnFromTheYearsClues() {
    var f = F()
    _ = Self.received(&f)
    let batch = (0..<3).map { Self.intake(measured: Double(60 + $0)) }
    let events = f.perform(.clue(.receiveClues(batch)), by: F.clerk, at: F.at("2025-03-04"))
    let ids = events.compactMap { event -> ClueID? in
      if case .clue(.received(let id, _)) = event.change { return id }
      return nil
    }
    #expect(ids == ["XS-2025-0002", "XS-2025-0003", "XS-2025-0004"])
    #expect(f.state.clues.count == 4)
    let next = f.perform(
      .clue(.receiveClue(Self.intake(on: "2026-01-02"))), by: F.clerk, at: F.at("2026-01-02"))
    #expect(next.first?.change == .clue(.received("XS-2026-0001", Self.intake(on: "2026-01-02"))))
  }

  @Test func bulkIntakeNamesTheRowOfEachProblem() {
    let f = F()
    var bad = Self.intake()
    bad.facts = ""
    let refusal = f.refusal(
      .clue(.receiveClues([Self.intake(), bad, Self.intake(enterprise: nil)])), by: F.clerk,
      at: F.at("2025-03-03"))
    expectInvalid(refusal, fields: ["clues[1].facts", "clues[2].enterprise"])
    expectInvalid(
      f.refusal(.clue(.receiveClues([])), by: F.clerk, at: F.at("2025-03-03")), fields: ["clues"])
  }

  @Test func exceedanceRatio() {
    let m = ClueMeasurement(pollutant: "COD", measured: 75, limit: 50, unit: "mg/L")
    #expect(m.exceedanceRatio == 0.5)
    #expect(m.isExceedance)
    let within = ClueMeasurement(pollutant: "COD", measured: 40, limit: 50, unit: "mg/L")
    #expect(within.exceedanceRatio == -0.2)
    #expect(!within.isExceedance)
    let noLimit = ClueMeasurement(pollutant: "COD", measured: 40, limit: nil, unit: "mg/L")
    #expect(noLimit.exceedanceRatio == nil)
    #expect(!noLimit.isExceedance)
  }

  // MARK: - Triage

  @Test(arguments: StaffRole.allCases)
  func officersVerifyAndDismiss(_ role: StaffRole) throws {
    var f = F()
    let id = Self.received(&f)
    let actor = try #require(F.byRole[role])
    let verify = Command.clue(.verifyClue(id, .verified))
    let dismiss = Command.clue(.dismissClue(id, reason: "数据异常，设备故障已报备"))
    if role == .officer {
      f.perform(verify, by: actor, at: F.at("2025-03-04"))
      #expect(f.state.clues[id]?.verification == .verified)
      f.perform(dismiss, by: actor, at: F.at("2025-03-05"))
      #expect(f.state.clues[id]?.disposition == .dismissed)
      #expect(f.state.clues[id]?.dismissalReason == "数据异常，设备故障已报备")
    } else {
      expectRefused(f.refusal(verify, by: actor, at: F.at("2025-03-04")), .notPermitted)
      expectRefused(f.refusal(dismiss, by: actor, at: F.at("2025-03-04")), .notPermitted)
    }
  }

  @Test func verificationMayChangeWhileOpenButNotRepeat() {
    var f = F()
    let id = Self.received(&f)
    f.perform(.clue(.verifyClue(id, .notVerified)), by: F.officer1, at: F.at("2025-03-04"))
    expectRefused(
      f.refusal(.clue(.verifyClue(id, .notVerified)), by: F.officer1, at: F.at("2025-03-04")),
      .ruleViolated, en: "already has this verification")
    f.perform(.clue(.verifyClue(id, .verified)), by: F.officer1, at: F.at("2025-03-05"))
    #expect(f.state.clues[id]?.verification == .verified)
    expectRefused(
      f.refusal(
        .clue(.verifyClue("XS-2025-0999", .verified)), by: F.officer1, at: F.at("2025-03-05")),
      .notFound)
  }

  @Test func dismissalNeedsAReasonAndClosesTheClue() {
    var f = F()
    let id = Self.received(&f)
    expectInvalid(
      f.refusal(.clue(.dismissClue(id, reason: " ")), by: F.officer1, at: F.at("2025-03-04")),
      fields: ["dismissal.reason"])
    f.perform(.clue(.dismissClue(id, reason: "重复推送")), by: F.officer1, at: F.at("2025-03-04"))
    for command: ClueCommand in [
      .verifyClue(id, .verified), .dismissClue(id, reason: "x"),
      .extendFilingDecision(id, reason: "x"),
      .convertClueToInspection(
        id, enterprise: nil, mode: nil, plannedOn: F.day("2025-03-10"),
        officers: [F.officer1, F.officer2]),
    ] {
      let actor = command == .extendFilingDecision(id, reason: "x") ? F.approver : F.officer1
      expectRefused(
        f.refusal(.clue(command), by: actor, at: F.at("2025-03-05")), .ruleViolated,
        zh: "已处置", en: "disposed of")
    }
  }

  // MARK: - Filing-decision clock

  @Test func filingDecisionDeadlineAndItsExtension() {
    var f = F()
    let id = Self.received(&f)  // Monday 2025-03-03
    var deadlines = ClueRules.deadlines(in: f.state, calendar: .weekendsOnly)
    #expect(deadlines.count == 1)
    #expect(deadlines.first?.due == .endOfDay(F.day("2025-03-18")))
    #expect(deadlines.first?.owners == [.officer])
    #expect(deadlines.first?.record == .clue(id))
    #expect(deadlines.first?.rule == .clueFilingDecision)

    let extend = Command.clue(.extendFilingDecision(id, reason: "需调取监测数据"))
    expectRefused(f.refusal(extend, by: F.officer1, at: F.at("2025-03-10")), .notPermitted)
    expectInvalid(
      f.refusal(
        .clue(.extendFilingDecision(id, reason: "")), by: F.approver, at: F.at("2025-03-10")),
      fields: ["extension.reason"])
    f.perform(extend, by: F.approver, at: F.at("2025-03-10"))
    #expect(f.state.clues[id]?.filingExtension?.reason == "需调取监测数据")
    deadlines = ClueRules.deadlines(in: f.state, calendar: .weekendsOnly)
    #expect(deadlines.first?.due == .endOfDay(F.day("2025-04-02")))
    expectRefused(
      f.refusal(extend, by: F.approver, at: F.at("2025-03-11")), .ruleViolated,
      en: "already been extended")

    f.perform(.clue(.dismissClue(id, reason: "不属实")), by: F.officer1, at: F.at("2025-03-12"))
    #expect(ClueRules.deadlines(in: f.state, calendar: .weekendsOnly).isEmpty)
  }

  @Test func extensionMustComeBeforeTheDeadline() {
    var f = F()
    let id = Self.received(&f)
    let late = f.refusal(
      .clue(.extendFilingDecision(id, reason: "x")), by: F.approver, at: F.at("2025-03-19"))
    expectRefused(late, .ruleViolated, zh: "届满", en: "before the deadline")
  }

  @Test func noRuleNoDeadline() {
    var f = F()
    _ = Self.received(&f)
    f.state.settings.clocks = ClockTable(rules: [])
    #expect(ClueRules.deadlines(in: f.state, calendar: .weekendsOnly).isEmpty)
  }

  @Test func standardTableGivesTheClueClock() {
    var f = F()
    f.state.settings.clocks = .standard
    _ = Self.received(&f)
    #expect(ClueRules.deadlines(in: f.state, calendar: .shipped).count == 1)
  }

  // MARK: - Conversion

  @Test func convertingToAnInspectionPlansItInTheSameCommand() {
    var f = F()
    let id = Self.received(&f)
    let command = Command.clue(
      .convertClueToInspection(
        id, enterprise: nil, mode: nil, plannedOn: F.day("2025-03-10"),
        officers: [F.officer1, F.officer2]))
    expectRefused(f.refusal(command, by: F.clerk, at: F.at("2025-03-04")), .notPermitted)
    let events = f.perform(command, by: F.officer1, at: F.at("2025-03-04"))
    #expect(events.count == 2)
    #expect(events.last?.change == .clue(.convertedToInspection(id, "JC-2025-0001")))
    let inspection = f.state.inspections["JC-2025-0001"]
    #expect(inspection?.kind == .onClue)
    #expect(inspection?.reason == .clue(id))
    #expect(inspection?.enterprise == F.plain)
    #expect(f.state.clues[id]?.disposition == .convertedToInspection)
    #expect(f.state.clues[id]?.inspection == "JC-2025-0001")
    #expect(f.state.clues[id]?.canConvertToCase == true)
  }

  @Test func convertingAnAnonymousClueNamesTheEnterprise() {
    var f = F()
    let id = Self.received(
      &f,
      ClueIntake(source: .complaint, enterprise: nil, facts: "异味", receivedAt: F.at("2025-03-03")))
    let without = f.refusal(
      .clue(
        .convertClueToInspection(
          id, enterprise: nil, mode: nil, plannedOn: F.day("2025-03-01"), officers: [F.officer1])),
      by: F.officer1, at: F.at("2025-03-04"))
    expectInvalid(without, fields: ["plan.enterprise", "plan.plannedOn", "plan.officers"])
    f.perform(
      .clue(
        .convertClueToInspection(
          id, enterprise: F.listed, mode: .onSite, plannedOn: F.day("2025-03-10"),
          officers: [F.officer1, F.officer2])), by: F.officer1, at: F.at("2025-03-04"))
    #expect(f.state.clues[id]?.enterprise == F.listed)
    #expect(f.state.inspections["JC-2025-0001"]?.isPositiveListException == true)
  }

  @Test func convertingToAnotherEnterpriseIsRefused() {
    var f = F()
    let id = Self.received(&f)
    let refusal = f.refusal(
      .clue(
        .convertClueToInspection(
          id, enterprise: F.listed, mode: nil, plannedOn: F.day("2025-03-10"),
          officers: [F.officer1, F.officer2])), by: F.officer1, at: F.at("2025-03-04"))
    expectInvalid(refusal, fields: ["plan.enterprise"])
  }

  @Test func convertedToCaseAppliesToOpenOrInspectedClues() throws {
    var f = F()
    let open = Self.received(&f)
    let event = { (id: ClueID, caseID: CaseID) in
      Event(
        actor: .staff(F.officer1), time: F.at("2025-03-05"),
        change: .clue(.convertedToCase(id, caseID)))
    }
    try f.state.apply(event(open, "CASE-1"))
    #expect(f.state.clues[open]?.disposition == .convertedToCase)
    #expect(f.state.clues[open]?.caseID == "CASE-1")
    #expect(throws: Inconsistency.self) { try f.state.apply(event(open, "CASE-2")) }

    let inspected = Self.received(&f)
    f.perform(
      .clue(
        .convertClueToInspection(
          inspected, enterprise: nil, mode: nil, plannedOn: F.day("2025-03-10"),
          officers: [F.officer1, F.officer2])), by: F.officer1, at: F.at("2025-03-04"))
    try f.state.apply(event(inspected, "CASE-3"))
    #expect(f.state.clues[inspected]?.inspection != nil)
    #expect(f.state.clues[inspected]?.caseID == "CASE-3")

    let dismissed = Self.received(&f)
    f.perform(.clue(.dismissClue(dismissed, reason: "x")), by: F.officer1, at: F.at("2025-03-04"))
    let before = f.state
    #expect(throws: Inconsistency.self) { try f.state.apply(event(dismissed, "CASE-4")) }
    #expect(throws: Inconsistency.self) { try f.state.apply(event("XS-2025-0999", "CASE-4")) }
    #expect(f.state == before)
  }

  @Test func otherInconsistentEvents() {
    var f = F()
    let id = Self.received(&f)
    f.perform(.clue(.dismissClue(id, reason: "x")), by: F.officer1, at: F.at("2025-03-04"))
    let changes: [ClueChange] = [
      .received(id, Self.intake()), .verified(id, .verified),
      .filingDecisionExtended(id, reason: "x"), .dismissed(id, reason: "x"),
      .convertedToInspection(id, "JC-2025-0001"), .verified("XS-2025-0999", .verified),
    ]
    for change in changes {
      let before = f.state
      #expect(throws: Inconsistency.self, "\(change)") {
        try f.state.apply(Event(actor: .system, time: F.at("2025-03-05"), change: .clue(change)))
      }
      #expect(f.state == before)
    }
    var g = F()
    let open = Self.received(&g)
    #expect(throws: Inconsistency.self) {
      try g.state.apply(
        Event(
          actor: .system, time: F.at("2025-03-05"),
          change: .clue(.convertedToInspection(open, "JC-2025-0404"))))
    }
  }

  // MARK: - Queries

  @Test func queriesForThePositiveListReviewQueue() {
    var f = F()
    let period = F.day("2025-01-01")...F.day("2025-12-31")
    var ids: [ClueID] = []
    for day in ["2025-03-01", "2025-03-10", "2025-03-30", "2025-06-01"] {
      ids.append(Self.received(&f, Self.intake(on: day)))
    }
    let within = Self.received(&f, Self.intake(measured: 10, on: "2025-03-05"))
    #expect(f.state.openClues(of: F.plain).count == 5)
    #expect(f.state.repeatedExceedanceClues(of: F.plain, in: period).isEmpty)  // none verified
    for id in ids + [within] {
      f.perform(.clue(.verifyClue(id, .verified)), by: F.officer1, at: F.at("2025-06-02"))
    }
    // 03-01, 03-10, 03-30 lie within 30 days; 06-01 is alone; the within-limit one never counts.
    #expect(
      f.state.repeatedExceedanceClues(of: F.plain, in: period).map(\.id) == Array(ids.prefix(3)))
    let strict = RepeatedExceedanceRule(minimumCount: 3, windowDays: 20)
    #expect(f.state.repeatedExceedanceClues(of: F.plain, in: period, rule: strict).isEmpty)
    let april = F.day("2025-03-05")...F.day("2025-12-31")
    #expect(f.state.repeatedExceedanceClues(of: F.plain, in: april).isEmpty)

    let complaint = Self.received(
      &f,
      ClueIntake(
        source: .qrSupervisionReport, enterprise: F.plain, facts: "偷排",
        receivedAt: F.at("2025-04-01")))
    let unverified = Self.received(
      &f,
      ClueIntake(
        source: .complaint, enterprise: F.plain, facts: "噪声", receivedAt: F.at("2025-04-02")))
    #expect(f.state.verifiedComplaintClues(of: F.plain, in: period).isEmpty)
    f.perform(.clue(.verifyClue(complaint, .verified)), by: F.officer1, at: F.at("2025-04-03"))
    #expect(f.state.verifiedComplaintClues(of: F.plain, in: period).map(\.id) == [complaint])
    f.perform(
      .clue(.dismissClue(unverified, reason: "不属实")), by: F.officer1, at: F.at("2025-04-03"))
    #expect(!f.state.openClues(of: F.plain).contains { $0.id == unverified })
    #expect(f.state.openClues(of: F.listed).isEmpty)
  }

  @Test func everyChangeDescribesItselfInBothLanguages() {
    let id: ClueID = "XS-2025-0001"
    let changes: [ClueChange] = [
      .received(id, Self.intake()), .verified(id, .notVerified),
      .filingDecisionExtended(id, reason: "r"), .dismissed(id, reason: "r"),
      .convertedToInspection(id, "JC-2025-0001"), .convertedToCase(id, "CASE-1"),
    ]
    for change in changes {
      #expect(change.affectedRecords.first == .clue(id))
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
    }
    #expect(changes[0].affectedRecords.contains(.enterprise(F.plain)))
    #expect(changes[4].affectedRecords.contains(.inspection("JC-2025-0001")))
    #expect(changes[5].affectedRecords.contains(.enforcementCase("CASE-1")))
    let titles =
      Clue.Source.allCases.map(\.title) + Clue.Disposition.allCases.map(\.title)
      + Clue.Verification.allCases.map(\.title)
    for title in titles { #expect(!title.zh.isEmpty && !title.en.isEmpty) }
  }
}
