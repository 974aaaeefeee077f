import ArgumentParser
import CaseDeskApp

/// `casedesk demo`: opens the demo workspace.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo", abstract: "Open the demo workspace (marked DEMO on screen).")

  @OptionGroup var options: GlobalOptions
  @OptionGroup var headless: HeadlessOptions

  func run() throws {
    try AppSession.open(options.launchOptions(demo: true), headless: headless)
  }
}
