import Testing

@testable import CaseDeskDomain

@Suite struct CaseDeadlineTests {
  typealias F = CaseFixture

  func decisionDue(_ f: CaseFixture, _ id: CaseID) -> DueMoment? {
    f.state.deadlines(ofCase: id, calendar: .shipped).first { $0.rule == .caseDecision }?.due
  }

  @Test func decisionClockWithExtensionsPausesAndSuspension() throws {
    var f = CaseFixture()
    let id = try f.filed()  // 2025-03-03
    // 90 days fall on Sunday 2025-06-01, inside the Dragon Boat holiday: next working day.
    #expect(decisionDue(f, id) == .endOfDay(F.day("2025-06-03")))
    #expect(
      f.state.deadlines(ofCase: id, calendar: .shipped).first?.owners == [.officer, .approver])
    try f.run(.grantExtension(id, reason: "复杂", collectiveMinutes: ""), by: F.approver)
    #expect(decisionDue(f, id) == .endOfDay(F.day("2025-07-01")))
    f.now = F.at("2025-03-10")
    try f.run(.pauseClock(id, .testing, reason: "送检", on: f.today), by: F.officer1)
    #expect(decisionDue(f, id) == .paused)
    f.now = F.at("2025-03-14")
    try f.run(.resumeClock(id, on: f.today), by: F.officer1)
    #expect(decisionDue(f, id) == .endOfDay(F.day("2025-07-07")))
    try f.run(.pauseClock(id, .suspension, reason: "中止", on: f.today), by: F.approver)
    #expect(decisionDue(f, id) == .paused)
  }

  @Test func openedCaseHasNoDecisionClockAndClosedCasesNone() throws {
    var f = CaseFixture()
    let id = try f.open()
    #expect(f.state.deadlines(ofCase: id, calendar: .shipped).isEmpty)
    try f.run(.fileCase(id, F.conditions), by: F.approver)
    try f.run(.withdrawFiling(id, reason: "r"), by: F.approver)
    #expect(f.state.deadlines(ofCase: id, calendar: .shipped).isEmpty)
  }

  @Test func aCaseOpenedOnAClueKeepsTheFilingClockUntilFiled() throws {
    var f = CaseFixture()
    var opening = F.opening
    opening.source = .clue(F.clue)
    let id = try f.open(opening)
    #expect(f.state.clues[F.clue]?.disposition == .convertedToCase)
    let clocks = f.state.deadlines(ofCase: id, calendar: .shipped)
    #expect(clocks.map(\.rule) == [.clueFilingDecision])
    // Received 2025-03-01: 15 calendar days end on Sunday 2025-03-16, so Monday.
    #expect(clocks.first?.start == F.at("2025-03-01"))
    #expect(clocks.first?.due == .endOfDay(F.day("2025-03-17")))
    #expect(clocks.first?.owners == [.approver])
    try f.run(.fileCase(id, F.conditions), by: F.approver)
    #expect(f.state.deadlines(ofCase: id, calendar: .shipped).map(\.rule) == [.caseDecision])
  }

  @Test func aClueExtensionCarriesIntoTheCasesFilingClock() throws {
    var f = CaseFixture()
    try f.perform(.clue(.extendFilingDecision(F.clue, reason: "调取历史数据")), by: F.approver)
    var opening = F.opening
    opening.source = .clue(F.clue)
    let id = try f.open(opening)
    let due = f.state.deadlines(ofCase: id, calendar: .shipped).first?.due
    #expect(due == .endOfDay(F.day("2025-03-31")))
  }

  @Test func deadlinesAtEachStep() throws {
    var f = CaseFixture()
    let id = try f.filed()
    try f.run(.startInvestigation(id, officers: [F.officer1, F.officer2]), by: F.officer1)
    try f.run(.preserveEvidence(id, items: "样品"), by: F.officer1)
    var rules = f.state.deadlines(ofCase: id, calendar: .shipped).map(\.rule)
    #expect(rules == [.caseDecision, .evidencePreservation])
    let preservation = f.state.deadlines(ofCase: id, calendar: .shipped)[1]
    #expect(preservation.due == .endOfDay(F.day("2025-03-12")))
    try f.run(.decidePreservedEvidence(id, index: 0, outcome: .released, note: ""), by: F.officer1)
    try f.run(
      .recordEvidence(
        id, EvidenceRecord(kind: .sampling, documentNumber: "n", madeOn: f.today, summary: "s")),
      by: F.officer1)
    try f.run(.submitInvestigationReport(id, F.report), by: F.officer1)
    try f.run(.reviewCase(id, .passed(opinion: "o")), by: F.reviewer)
    f.now = F.at("2025-03-07")
    try f.run(.givePriorNotice(id, f.notice(servedOn: f.today)), by: F.officer1)
    let hearing = f.state.deadlines(ofCase: id, calendar: .shipped).first {
      $0.rule == .hearingRequest
    }
    #expect(hearing?.due == .endOfDay(F.day("2025-03-14")))
    #expect(hearing?.party == .enterprise)
    f.now = F.at("2025-03-17")
    try f.run(.decide(id, .penalty(F.terms), documentNumber: "d"), by: F.approver)
    rules = f.state.deadlines(ofCase: id, calendar: .shipped).map(\.rule)
    #expect(rules == [.decisionService])
    try f.run(.recordService(id, servedOn: f.today, way: .post), by: F.clerk)
    let payment = f.state.deadlines(ofCase: id, calendar: .shipped)
    #expect(payment.map(\.rule) == [.finePayment])
    #expect(payment.first?.due == .endOfDay(F.day("2025-04-01")))
    try f.run(
      .recordPayment(id, amountFen: F.terms.fineFen, paidOn: f.today, receipt: "r"), by: F.clerk)
    #expect(f.state.deadlines(ofCase: id, calendar: .shipped).isEmpty)
    #expect(f.state.caseDeadlines(calendar: .shipped).isEmpty)
  }

  @Test func lateSurchargeIsThreePercentADayCappedAtTheFine() {
    let due = F.day("2025-04-01")
    #expect(LateSurcharge.fen(fineFen: 100_000, dueOn: due, asOf: due) == 0)
    #expect(LateSurcharge.fen(fineFen: 100_000, dueOn: due, asOf: due.adding(days: 1)) == 3000)
    #expect(LateSurcharge.fen(fineFen: 100_000, dueOn: due, asOf: due.adding(days: 33)) == 99_000)
    #expect(LateSurcharge.fen(fineFen: 100_000, dueOn: due, asOf: due.adding(days: 34)) == 100_000)
    #expect(LateSurcharge.fen(fineFen: 100_000, dueOn: due, asOf: due.adding(days: 400)) == 100_000)
    #expect(LateSurcharge.fen(fineFen: 0, dueOn: due, asOf: due.adding(days: 5)) == 0)
    #expect(LateSurcharge.fen(fineFen: 33, dueOn: due, asOf: due.adding(days: 1)) == 0)
  }
}

@Suite struct CaseNumberTests {
  @Test func formatsAndParses() {
    let number = CaseNumber(prefix: "鞍环罚", year: 2025, sequence: 12)
    #expect(number?.description == "鞍环罚〔2025〕12号")
    #expect(CaseNumber("鞍环罚〔2025〕12号") == number)
    #expect(CaseNumber("鞍环罚[2025]12号") == number)
    #expect(CaseNumber(" 鞍环罚（2025）12号 ") == number)
  }

  @Test(arguments: [
    "", "鞍环罚2025〕12号", "鞍环罚〔2025〕12", "鞍环罚〔25〕12号", "鞍环罚〔2025〕012号", "〔2025〕12号",
    "鞍环罚〔2025〕0号", "鞍环罚〔２０２５〕12号", "鞍环罚〔2025〕1234567号", "鞍环罚〔2025〕号",
  ])
  func rejectsMalformed(_ text: String) {
    #expect(CaseNumber(text) == nil)
  }

  @Test func validatesParts() {
    #expect(CaseNumber(prefix: "", year: 2025, sequence: 1) == nil)
    #expect(CaseNumber(prefix: "鞍环3罚", year: 2025, sequence: 1) == nil)
    #expect(CaseNumber(prefix: "鞍环罚", year: 999, sequence: 1) == nil)
    #expect(CaseNumber(prefix: "鞍环罚", year: 2025, sequence: 0) == nil)
    let a = CaseNumber(prefix: "鞍环罚", year: 2025, sequence: 2)
    let b = CaseNumber(prefix: "鞍环罚", year: 2025, sequence: 10)
    if let a, let b { #expect(a < b) }
  }

  @Test func catalogHasEveryList() {
    for list in LeniencyList.allCases {
      #expect(!LeniencyCatalog.standard.items(on: list).isEmpty)
    }
  }
}
