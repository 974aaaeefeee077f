/// One thing wrong in a calendar file, with its line when known.
public struct CalendarProblem: Hashable, Sendable, CustomStringConvertible {
  public var line: Int?
  public var message: LocalizedText

  public init(line: Int?, message: LocalizedText) {
    self.line = line
    self.message = message
  }

  public var description: String { (line.map { "line \($0): " } ?? "") + message.en }
}

/// Every problem found in a calendar file.
public struct CalendarProblems: Error, Hashable, Sendable {
  public var problems: [CalendarProblem]

  public init(problems: [CalendarProblem]) { self.problems = problems }
}
