import ArgumentParser
import CaseDeskApp

/// Options that every way of opening the app accepts.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: "The workspace directory.")
  var data: String?

  @Option(name: .customLong("operator"), help: "Who is working (a staff id).")
  var operatorID: String?

  @Option(name: .long, help: "The colour theme (see `casedesk themes`).")
  var theme: String?

  @Option(name: .long, help: "Language of the interface: zh or en (default: from the locale).")
  var lang: String?

  @Flag(name: .long, help: "Open without changing anything.")
  var readOnly = false

  @Option(
    name: .long, help: ArgumentHelp("Use this date as today (YYYY-MM-DD).", visibility: .hidden))
  var today: String?

  func validate() throws {
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be zh or en, not \(lang)")
    }
    if let today, !Self.isDate(today) {
      throw ValidationError("--today must be a date like 2025-06-30, not \(today)")
    }
  }

  /// The launch options these flags describe.
  func launchOptions(demo: Bool) -> LaunchOptions {
    LaunchOptions(
      dataDirectory: data, operatorID: operatorID, themeName: theme,
      language: lang.flatMap(Language.init(rawValue:)), readOnly: readOnly, demo: demo,
      today: today)
  }

  private static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
