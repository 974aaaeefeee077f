import ArgumentParser
import CaseDeskApp
import CaseDeskStore
import Foundation

/// `casedesk demo`: creates (if missing) and opens the demo workspace.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Open the demo workspace (created on first use; marked DEMO on screen).")

  @OptionGroup var options: GlobalOptions
  @OptionGroup var headless: HeadlessOptions

  @Option(
    name: .long,
    help: "Build a province-sized demo with this many enterprises (use with --data).")
  var scale: Int?

  @Flag(name: .long, help: "Create the demo workspace and exit without opening it.")
  var noOpen = false

  func validate() throws {
    if let scale, scale < 300 || scale > 1_000_000 {
      throw ValidationError("--scale must be between 300 and 1000000, not \(scale)")
    }
  }

  func run() throws {
    let launch = options.launchOptions(demo: true)
    if noOpen {
      let workspace: Workspace
      do {
        workspace = try AppSession.openWorkspace(
          launch, environment: ProcessInfo.processInfo.environment, demoScale: scale)
      } catch {
        AppSession.standardError(error.message)
        throw ExitCode(1)
      }
      print(
        "\(workspace.directory.path)\t\(workspace.lastSequence) records\thead \(workspace.head)")
      workspace.close()
      return
    }
    try AppSession.open(launch, headless: headless, demoScale: scale)
  }
}
