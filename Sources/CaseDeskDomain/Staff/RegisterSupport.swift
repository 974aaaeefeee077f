/// Helpers shared by the register's areas (staff, enterprises, positive list, service).
enum RegisterSupport {
  /// The trimmed text, or nil when nothing is left.
  static func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let result = text.trimmingSpaces
    return result.isEmpty ? nil : result
  }

  /// A problem for a required field left empty.
  static func required(_ field: String, zh: String, en: String) -> ValidationProblem {
    ValidationProblem(field: field, zh: "请填写\(zh)", en: "\(en) is required")
  }

  /// A problem for a day later than today.
  static func future(_ field: String, zh: String, en: String, today: Day) -> ValidationProblem {
    ValidationProblem(
      field: field, zh: "\(zh)不能晚于今天（\(today)）", en: "\(en) cannot be after today (\(today))")
  }

  /// The same calendar date `years` earlier (29 February becomes 28 February).
  static func yearsBefore(_ day: Day, years: Int) -> Day {
    let year = max(1, day.year - years)
    let last = Day.daysInMonth(year: year, month: day.month)
    return Day(year: year, month: day.month, day: min(day.day, last)) ?? day
  }

  /// The same calendar date `years` later (29 February becomes 28 February).
  static func yearsAfter(_ day: Day, years: Int) -> Day {
    let year = min(9999, day.year + years)
    let last = Day.daysInMonth(year: year, month: day.month)
    return Day(year: year, month: day.month, day: min(day.day, last)) ?? day
  }
}
