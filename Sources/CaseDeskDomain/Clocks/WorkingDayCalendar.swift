/// Which days are working days: weekdays, minus public holidays, plus official make-up working
/// days (调休), as the bureau's calendar file says, year by year.
///
/// A year the file does not cover counts weekends only; `missingYears(from:to:)` finds such
/// years so the screen can warn that its deadlines may be early.
public struct WorkingDayCalendar: Equatable, Sendable {
  /// Days off that would otherwise be working days (and holidays falling on weekends).
  public var holidays: [Day: String]
  /// Weekend days that are working days, with the holiday they make up for.
  public var makeUpWorkdays: [Day: String]
  /// Years the file covers; other years count weekends only.
  public var coveredYears: Set<Int>

  public init(
    holidays: [Day: String] = [:], makeUpWorkdays: [Day: String] = [:],
    coveredYears: Set<Int> = []
  ) {
    self.holidays = holidays
    self.makeUpWorkdays = makeUpWorkdays
    self.coveredYears = coveredYears
  }

  /// A calendar that knows no holidays at all: weekends only.
  public static let weekendsOnly = WorkingDayCalendar()

  /// Whether a day is a working day.
  public func isWorkingDay(_ day: Day) -> Bool {
    if makeUpWorkdays[day] != nil { return true }
    if holidays[day] != nil { return false }
    return !day.weekday.isWeekend
  }

  /// Whether the calendar knows the holidays of a year.
  public func covers(year: Int) -> Bool { coveredYears.contains(year) }

  /// The years from `start` to `end` that the calendar does not cover.
  public func missingYears(from start: Day, to end: Day) -> [Int] {
    guard start <= end else { return [] }
    return (start.year...end.year).filter { !covers(year: $0) }
  }

  /// The day `count` working days after `day` (the start day itself never counts).
  public func adding(workingDays count: Int, to day: Day) -> Day {
    var current = day
    var left = count
    while left > 0 {
      current = current.adding(days: 1)
      if isWorkingDay(current) { left -= 1 }
    }
    return current
  }

  /// Working days after `start` up to and including `end` (0 when `end` is not later).
  public func workingDays(after start: Day, through end: Day) -> Int {
    guard start < end else { return 0 }
    var count = 0
    var day = start.adding(days: 1)
    while day <= end {
      if isWorkingDay(day) { count += 1 }
      day = day.adding(days: 1)
    }
    return count
  }

  /// The first working day on or after `day`.
  public func workingDay(onOrAfter day: Day) -> Day {
    var current = day
    while !isWorkingDay(current) { current = current.adding(days: 1) }
    return current
  }

  /// A warning for clocks running in years the calendar does not cover, or nil.
  public func coverageWarning(from start: Day, to end: Day) -> LocalizedText? {
    let missing = missingYears(from: start, to: end)
    guard !missing.isEmpty else { return nil }
    let years = missing.map(String.init).joined(separator: ", ")
    return LocalizedText(
      zh: "工作日历缺少 \(years) 年的节假日安排，按仅周末休息计算，期限可能偏早",
      en:
        "The working-day calendar lacks \(years); weekends only are counted, so deadlines may be early"
    )
  }
}
