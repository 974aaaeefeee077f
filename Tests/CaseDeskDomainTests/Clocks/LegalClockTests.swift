import Testing

@testable import CaseDeskDomain

@Suite struct LegalClockTests {
  let calendar = WorkingDayCalendar.shipped
  let offset = 8 * 3600

  func rule(_ id: DeadlineRuleID) throws -> DeadlineRule {
    try #require(ClockTable.standard[id])
  }

  func morning(_ text: String) -> Timestamp {
    Timestamp(day: day(text), hour: 9, utcOffset: offset)
  }

  func due(
    _ id: DeadlineRuleID, from text: String, extensions: Int = 0, excluded: [ExcludedPeriod] = []
  ) throws -> DueMoment {
    LegalClock.due(
      try rule(id), start: morning(text), extensionsGranted: extensions, excluded: excluded,
      calendar: calendar, utcOffset: offset)
  }

  @Test func everyRuleOfTheDomainIsInTheStandardTable() {
    let ids: [DeadlineRuleID] = [
      .clueFilingDecision, .evidencePreservation, .hearingRequest, .hearingNotice, .caseDecision,
      .decisionService, .finePayment, .crimeReferralApproval, .crimeReferralHandOver,
      .crimePoliceMaterialRequest, .materialSupplement, .policeFilingDecision,
      .policeNotification, .reconsiderationRequest, .detentionHandOver,
      .detentionPoliceMaterialRequest, .detentionRefusalReasons,
    ]
    for id in ids {
      let found = ClockTable.standard[id]
      #expect(found != nil, "\(id) missing")
      #expect(found?.title.zh.isEmpty == false && found?.basis.en.isEmpty == false)
    }
    #expect(ClockTable.standard.rules.count == ids.count)
  }

  @Test func decisionClockWithBothExtensionsRollsPastHolidays() throws {
    #expect(try due(.caseDecision, from: "2025-01-02") == .endOfDay(day("2025-04-02")))
    // +30 lands on 2 May (Labour Day holiday): the next working day is 6 May.
    #expect(
      try due(.caseDecision, from: "2025-01-02", extensions: 1) == .endOfDay(day("2025-05-06")))
    // +30 more lands on Sunday 1 June (Dragon Boat holiday): 3 June.
    #expect(
      try due(.caseDecision, from: "2025-01-02", extensions: 2) == .endOfDay(day("2025-06-03")))
    // No third extension exists: asking for more gives the 150-day maximum.
    #expect(
      try due(.caseDecision, from: "2025-01-02", extensions: 5) == .endOfDay(day("2025-06-03")))
  }

  @Test func excludedPeriodsDoNotCountAndAnOpenOnePauses() throws {
    let hearing = ExcludedPeriod(
      start: day("2025-02-10"), end: day("2025-02-19"),
      reason: LocalizedText(zh: "听证", en: "hearing"))
    // 90 days + 10 excluded days = 12 April, a Saturday: Monday 14 April.
    #expect(
      try due(.caseDecision, from: "2025-01-02", excluded: [hearing])
        == .endOfDay(day("2025-04-14")))
    let testing = ExcludedPeriod(
      start: day("2025-03-01"), end: nil, reason: LocalizedText(zh: "检测", en: "testing"))
    #expect(try due(.caseDecision, from: "2025-01-02", excluded: [hearing, testing]) == .paused)
    // A period entirely before the start changes nothing.
    let before = ExcludedPeriod(
      start: day("2024-12-01"), end: day("2024-12-31"),
      reason: LocalizedText(zh: "中止", en: "suspended"))
    #expect(
      try due(.caseDecision, from: "2025-01-02", excluded: [before]) == .endOfDay(day("2025-04-02"))
    )
  }

  @Test func workingDayClocksAcrossTheSpringFestival() throws {
    // Prior notice served Friday 24 January 2025: 5 working days for a hearing request.
    #expect(try due(.hearingRequest, from: "2025-01-24") == .endOfDay(day("2025-02-07")))
    // A detention referral decided on 30 September 2025: 3 working days is 11 October.
    #expect(try due(.detentionHandOver, from: "2025-09-30") == .endOfDay(day("2025-10-11")))
    #expect(try due(.reconsiderationRequest, from: "2026-02-13") == .endOfDay(day("2026-02-25")))
  }

  @Test func calendarDayClockEndingOnAHolidayMovesToTheNextWorkingDay() throws {
    // Served 16 September 2025: 15 days is 1 October (National Day): 9 October.
    #expect(try due(.finePayment, from: "2025-09-16") == .endOfDay(day("2025-10-09")))
    #expect(try due(.clueFilingDecision, from: "2025-03-03") == .endOfDay(day("2025-03-18")))
    #expect(
      try due(.clueFilingDecision, from: "2025-03-03", extensions: 1)
        == .endOfDay(day("2025-04-02")))
  }

  @Test func hourClocksRunStraightThroughHolidays() throws {
    let approved = Timestamp(day: day("2025-01-27"), hour: 16, utcOffset: offset)
    let moment = LegalClock.due(
      try rule(.crimeReferralHandOver), start: approved, calendar: calendar, utcOffset: offset)
    #expect(moment == .instant(Timestamp(day: day("2025-01-28"), hour: 16, utcOffset: offset)))
    let status = LegalClock.status(
      of: moment, at: Timestamp(day: day("2025-01-28"), hour: 17, utcOffset: offset),
      utcOffset: offset)
    #expect(status.isOverdue && status.hoursLeft == -1)
  }

  @Test func statusCountsDaysLeftDueSoonAndOverdue() {
    let moment = DueMoment.endOfDay(day("2025-04-02"))
    func status(_ text: String) -> DeadlineStatus {
      LegalClock.status(
        of: moment, at: Timestamp(day: day(text), hour: 23, utcOffset: offset), utcOffset: offset)
    }
    #expect(
      status("2025-03-20")
        == DeadlineStatus(daysLeft: 13, hoursLeft: nil, isOverdue: false, isDueSoon: false))
    #expect(status("2025-03-30").isDueSoon)
    #expect(
      status("2025-04-02")
        == DeadlineStatus(daysLeft: 0, hoursLeft: nil, isOverdue: false, isDueSoon: true))
    #expect(
      status("2025-04-03")
        == DeadlineStatus(daysLeft: -1, hoursLeft: nil, isOverdue: true, isDueSoon: false))
    #expect(!LegalClock.status(of: .paused, at: morning("2025-04-03"), utcOffset: offset).isOverdue)
  }

  @Test func changedRuleChangesTheDeadline() throws {
    var state = DomainState()
    var longer = try rule(.finePayment)
    longer.amount = 30
    state.settings.clocks.rules[longer.id] = longer
    let deadline = LegalClock.deadline(
      .finePayment, for: .enforcementCase("C-1"), owners: [.officer], start: morning("2025-03-03"),
      in: state, calendar: calendar)
    #expect(deadline?.due == .endOfDay(day("2025-04-02")))
    #expect(deadline?.party == .enterprise)
  }
}
