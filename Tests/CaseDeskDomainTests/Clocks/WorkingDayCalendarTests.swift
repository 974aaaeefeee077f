import Testing

@testable import CaseDeskDomain

/// A day from text, for tests (a bad literal fails the test instead of crashing).
func day(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Day {
  guard let value = Day(text) else {
    Issue.record("bad day \(text)", sourceLocation: sourceLocation)
    return Day(ordinal: 0)
  }
  return value
}

@Suite struct WorkingDayCalendarTests {
  let calendar = WorkingDayCalendar.shipped

  @Test func shippedCalendarParsesAndCovers2025And2026() throws {
    let parsed = try WorkingDayCalendar(parsing: WorkingDayCalendar.shippedText)
    #expect(parsed == calendar)
    #expect(calendar.covers(year: 2025) && calendar.covers(year: 2026))
    #expect(!calendar.covers(year: 2027))
    // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
    #expect(calendar.holidays.count == 28 + 33)
    #expect(calendar.makeUpWorkdays.count == 5 + 6)
  }

  @Test func springFestival2025() {
    #expect(calendar.isWorkingDay(day("2025-01-26")), "Sunday make-up workday")
    for text in ["2025-01-28", "2025-01-31", "2025-02-03", "2025-02-04"] {
      #expect(!calendar.isWorkingDay(day(text)), "\(text) is a holiday")
    }
    #expect(calendar.isWorkingDay(day("2025-02-05")))
    #expect(calendar.isWorkingDay(day("2025-02-08")), "Saturday make-up workday")
    // Friday 24 Jan + 5 working days: Sun 26, Mon 27, (holiday to 4 Feb), Wed 5, Thu 6, Fri 7.
    #expect(calendar.adding(workingDays: 5, to: day("2025-01-24")) == day("2025-02-07"))
    #expect(calendar.workingDays(after: day("2025-01-24"), through: day("2025-02-08")) == 6)
  }

  @Test func nationalDay2025WithMidAutumn() {
    #expect(calendar.isWorkingDay(day("2025-09-28")), "Sunday make-up workday")
    #expect(!calendar.isWorkingDay(day("2025-10-08")))
    #expect(calendar.isWorkingDay(day("2025-10-11")), "Saturday make-up workday")
    #expect(calendar.adding(workingDays: 3, to: day("2025-09-26")) == day("2025-09-30"))
    #expect(calendar.adding(workingDays: 3, to: day("2025-09-30")) == day("2025-10-11"))
  }

  @Test func springFestivalAndNationalDay2026() {
    #expect(calendar.isWorkingDay(day("2026-01-04")))
    #expect(calendar.isWorkingDay(day("2026-02-14")))
    #expect(!calendar.isWorkingDay(day("2026-02-23")))
    #expect(calendar.adding(workingDays: 2, to: day("2026-02-13")) == day("2026-02-24"))
    #expect(calendar.isWorkingDay(day("2026-09-20")))
    #expect(calendar.adding(workingDays: 1, to: day("2026-09-30")) == day("2026-10-08"))
    #expect(calendar.adding(workingDays: 3, to: day("2026-09-30")) == day("2026-10-10"))
  }

  @Test func missingYearCountsWeekendsOnlyAndWarns() throws {
    #expect(calendar.adding(workingDays: 5, to: day("2027-01-29")) == day("2027-02-05"))
    #expect(calendar.missingYears(from: day("2026-12-01"), to: day("2027-03-01")) == [2027])
    let warning = try #require(
      calendar.coverageWarning(from: day("2026-12-01"), to: day("2027-01-05")))
    #expect(warning.en.contains("2027") && warning.zh.contains("2027"))
    #expect(calendar.coverageWarning(from: day("2025-01-01"), to: day("2026-12-31")) == nil)
  }

  @Test func everyProblemIsReportedWithItsLine() {
    let text = """
      year 2025
      2025-01-01 holiday 元旦
      2025-01-02 vacation
      2025-02-30 holiday
      2026-01-01 holiday 元旦
      year twenty
      2025-03-05..2025-03-01 holiday
      2025-01-01 workday clash
      """
    do {
      _ = try WorkingDayCalendar(parsing: text)
      Issue.record("a broken calendar was accepted")
    } catch {
      let lines = error.problems.map(\.line)
      #expect(lines == [3, 4, 5, 6, 7, nil])
      #expect(error.problems.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
    }
  }

  @Test func commentsBlankLinesAndCarriageReturnsAreFine() throws {
    let calendar = try WorkingDayCalendar(
      parsing: "# header\r\n\r\nyear 2030 # trailing\r\n2030-01-01 holiday New Year\r\n")
    #expect(calendar.holidays[day("2030-01-01")] == "New Year")
    #expect(calendar.covers(year: 2030))
  }
}
