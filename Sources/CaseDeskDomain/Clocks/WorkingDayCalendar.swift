/// Which days are working days: weekdays, minus public holidays, plus official make-up working
/// days (调休), as the bureau's calendar file says, year by year.
public struct WorkingDayCalendar: Equatable, Sendable {
  /// Days off that would otherwise be working days.
  public var holidays: Set<Day>
  /// Weekend days that are working days.
  public var makeUpWorkdays: Set<Day>
  /// Years the file covers; other years count weekends only.
  public var coveredYears: Set<Int>

  public init(holidays: Set<Day> = [], makeUpWorkdays: Set<Day> = [], coveredYears: Set<Int> = []) {
    self.holidays = holidays
    self.makeUpWorkdays = makeUpWorkdays
    self.coveredYears = coveredYears
  }

  /// Whether a day is a working day.
  public func isWorkingDay(_ day: Day) -> Bool {
    if makeUpWorkdays.contains(day) { return true }
    if holidays.contains(day) { return false }
    return !day.weekday.isWeekend
  }

  /// Whether the calendar knows the holidays of a year (else weekends only, with a warning).
  public func covers(year: Int) -> Bool { coveredYears.contains(year) }
}
