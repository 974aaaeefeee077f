import CaseDeskDomain

/// The workspace's calendar file: the shipped holidays to start with, then the bureau's own.
enum WorkspaceCalendar {
  /// What a new workspace's `calendar.txt` holds.
  static var defaultText: String { WorkingDayCalendar.shippedText }

  /// Reads `calendar.txt`; a missing or broken file gives the shipped calendar and a notice.
  static func load(
    _ directory: WorkspaceDirectory, fileSystem: any FileSystem,
    notices: inout [WorkspaceNotice]
  ) -> WorkingDayCalendar {
    let path = directory.file(WorkspaceFiles.calendar)
    guard let bytes = try? fileSystem.readFile(path) else {
      notices.append(.calendarProblems(path: path, problems: ["missing or unreadable"]))
      return .shipped
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      notices.append(.calendarProblems(path: path, problems: ["not UTF-8 text"]))
      return .shipped
    }
    do {
      return try WorkingDayCalendar(parsing: text)
    } catch {
      notices.append(
        .calendarProblems(path: path, problems: error.problems.map(\.description)))
      return .shipped
    }
  }
}
