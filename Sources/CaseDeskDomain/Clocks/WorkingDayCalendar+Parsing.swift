extension WorkingDayCalendar {
  /// Reads a calendar file: one entry per line, `#` starts a comment.
  ///
  /// ```
  /// year 2025
  /// 2025-01-28..2025-02-04 holiday 春节
  /// 2025-01-26 workday 春节调休
  /// ```
  /// `year YYYY` says the file covers that year (so a year without listed holidays still counts
  /// as known). A day or an inclusive range `FROM..TO` is a `holiday` or a `workday` (an official
  /// make-up working day), followed by an optional name. Every problem is reported at once,
  /// with its line.
  public init(parsing text: String) throws(CalendarProblems) {
    var calendar = WorkingDayCalendar()
    var problems: [CalendarProblem] = []
    var number = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      var line = Substring(rawLine)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard let first = words.first else { continue }
      func problem(_ zh: String, _ en: String) {
        problems.append(CalendarProblem(line: number, message: LocalizedText(zh: zh, en: en)))
      }
      if first == "year" {
        guard words.count == 2, let year = Int(words[1]), (1900...2200).contains(year) else {
          problem("应为“year 年份”", "expected `year YYYY`")
          continue
        }
        calendar.coveredYears.insert(year)
        continue
      }
      guard words.count >= 2 else {
        problem("应为“日期 holiday|workday 名称”", "expected `DAY holiday|workday NAME`")
        continue
      }
      let bounds: (Substring, Substring)
      if let dots = first.firstRange(of: "..") {
        bounds = (first[..<dots.lowerBound], first[dots.upperBound...])
      } else {
        bounds = (first, first)
      }
      guard let start = Day(bounds.0), let end = Day(bounds.1) else {
        problem("日期无效：\(first)", "not a date or range: \(first)")
        continue
      }
      guard start <= end, start.days(until: end) < 60 else {
        problem("日期范围无效：\(first)", "bad range: \(first)")
        continue
      }
      let name = words.dropFirst(2).joined(separator: " ")
      switch words[1] {
      case "holiday":
        var day = start
        while day <= end {
          calendar.holidays[day] = name
          day = day.adding(days: 1)
        }
      case "workday":
        var day = start
        while day <= end {
          calendar.makeUpWorkdays[day] = name
          day = day.adding(days: 1)
        }
      default:
        problem("应为 holiday 或 workday：\(words[1])", "expected holiday or workday: \(words[1])")
        continue
      }
      for year in Set([start.year, end.year]).sorted() where !calendar.coveredYears.contains(year) {
        problem("\(year) 年未用“year \(year)”声明", "year \(year) is not declared with `year \(year)`")
      }
    }
    let clashes = Set(calendar.holidays.keys).intersection(calendar.makeUpWorkdays.keys)
    for day in clashes.sorted() {
      problems.append(
        CalendarProblem(
          line: nil,
          message: LocalizedText(
            zh: "\(day) 既是假日又是调休上班日", en: "\(day) is both a holiday and a workday")))
    }
    guard problems.isEmpty else { throw CalendarProblems(problems: problems) }
    self = calendar
  }
}
