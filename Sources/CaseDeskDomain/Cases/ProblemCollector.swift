/// Collects validation problems so that a command reports all of them at once.
struct ProblemCollector {
  private(set) var problems: [ValidationProblem] = []

  /// Adds a problem naming its field.
  mutating func add(_ field: String, zh: String, en: String) {
    problems.append(ValidationProblem(field: field, zh: zh, en: en))
  }

  /// Adds a problem when a text is empty after trimming spaces.
  mutating func requireText(_ text: String, _ field: String, zh: String, en: String) {
    if text.allSatisfy(\.isWhitespace) {
      add(field, zh: "请填写\(zh)", en: "\(en) is required")
    }
  }

  /// Adds a problem when a day lies after `today` (a record cannot describe the future).
  mutating func requireNotFuture(_ day: Day?, today: Day, _ field: String, zh: String, en: String) {
    if let day, day > today {
      add(field, zh: "\(zh)不能晚于今天（\(today)）", en: "\(en) cannot be after today (\(today))")
    }
  }

  /// Throws `Refusal.invalid` when any problem was found.
  func throwIfAny() throws(Refusal) {
    if !problems.isEmpty { throw Refusal.invalid(problems) }
  }
}
