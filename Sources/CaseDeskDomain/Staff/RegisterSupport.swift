/// Helpers shared by the register's areas (staff, enterprises, positive list, service).
enum RegisterSupport {
  /// The next id `PREFIX-YYYY-NNNN` for a record made at `time`, given the existing ids.
  static func nextID(
    prefix: String, at time: Timestamp, utcOffset: Int, existing: some Sequence<String>
  ) -> String {
    let year = time.day(utcOffset: utcOffset).year
    let stem = "\(prefix)-\(year)-"
    let count = existing.reduce(0) { $0 + ($1.hasPrefix(stem) ? 1 : 0) }
    let digits = String(count + 1)
    return stem + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The text without leading and trailing white space.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The trimmed text, or nil when nothing is left.
  static func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let result = trimmed(text)
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
