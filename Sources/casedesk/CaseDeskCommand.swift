import ArgumentParser
import CaseDeskApp

/// `casedesk`: the enforcement desk's case manager in the terminal.
@main
struct CaseDeskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "casedesk",
    abstract: "A keyboard-driven case manager for the enforcement desk.",
    discussion: """
      With no subcommand, opens the configured workspace (--data DIR, else the config file).
      `casedesk demo` opens the demo workspace.
      """,
    subcommands: [
      DemoCommand.self, InitCommand.self, VerifyCommand.self, CompactCommand.self,
      BackupCommand.self, LookupCommand.self, ImportCommand.self, ExportCommand.self,
      KeysCommand.self, ThemesCommand.self,
    ])

  @OptionGroup var options: GlobalOptions
  @OptionGroup var headless: HeadlessOptions

  func run() throws {
    try AppSession.open(options.launchOptions(demo: false), headless: headless)
  }
}
