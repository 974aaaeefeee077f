import Testing

@testable import CaseDeskDomain

@Suite struct DayTests {
  @Test func ordinalRoundTripsForTwoCenturies() {
    let start = Day(year: 1900, month: 1, day: 1)?.ordinal ?? 0
    let end = Day(year: 2100, month: 12, day: 31)?.ordinal ?? 0
    var previous: Day?
    for ordinal in start...end {
      let day = Day(ordinal: ordinal)
      #expect(day.ordinal == ordinal)
      if let previous { #expect(previous < day) }
      previous = day
    }
  }

  @Test func knownDatesAndWeekdays() throws {
    #expect(Day(ordinal: 0).description == "1970-01-01")
    #expect(Day(ordinal: 0).weekday == .thursday)
    #expect(try #require(Day("2025-01-28")).weekday == .tuesday)
    #expect(try #require(Day("2026-02-14")).weekday == .saturday)
    #expect(try #require(Day("1969-12-31")).ordinal == -1)
    #expect(try #require(Day("2025-02-28")).adding(days: 1).description == "2025-03-01")
    #expect(try #require(Day("2024-02-28")).adding(days: 1).description == "2024-02-29")
    #expect(try #require(Day("2025-01-01")).days(until: try #require(Day("2025-12-31"))) == 364)
  }

  @Test(arguments: [
    "2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "25-01-01", "2025/01/01", "",
    "2025-01-01x", "２０２５-01-01", "2025-01-32",
  ])
  func malformedTextIsRejected(_ text: String) {
    #expect(Day(text) == nil)
  }

  @Test func timestampsMapToTheBureausLocalDay() throws {
    let offset = 8 * 3600
    let day = try #require(Day("2025-07-01"))
    let midnight = Timestamp(day: day, utcOffset: offset)
    #expect(midnight.description == "2025-06-30T16:00:00Z")
    #expect(midnight.day(utcOffset: offset) == day)
    #expect(midnight.adding(seconds: -1).day(utcOffset: offset).description == "2025-06-30")
    #expect(Timestamp(secondsSinceEpoch: -1).day(utcOffset: 0).description == "1969-12-31")
    #expect(
      Timestamp(day: day, hour: 9, minute: 30, utcOffset: offset).description
        == "2025-07-01T01:30:00Z")
  }
}
