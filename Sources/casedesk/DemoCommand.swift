import ArgumentParser
import CaseDeskApp
import CaseDeskStore
import Foundation

/// `casedesk demo`: creates (if missing) and opens the demo workspace; `--reset` rebuilds it.
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

  @Flag(
    name: .long,
    help: "Rebuild the demo workspace from scratch (refused for a workspace that is not the demo).")
  var reset = false

  func validate() throws {
    if let scale, scale < 300 || scale > 1_000_000 {
      throw ValidationError("--scale must be between 300 and 1000000, not \(scale)")
    }
    if reset, options.readOnly {
      throw ValidationError("--reset rebuilds the demo and cannot be used with --read-only")
    }
  }

  func run() throws {
    let launch = options.launchOptions(demo: true)
    if reset { try rebuild(launch) }
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

  /// Rebuilds the demo workspace where `casedesk demo` would open it; exits 1 when refused.
  func rebuild(_ launch: LaunchOptions) throws {
    let environment = ProcessInfo.processInfo.environment
    let settings = AppLauncher.settings(options: launch, environment: environment)
    guard
      let location = WorkspaceOpener.location(
        options: launch, config: settings.config, environment: environment)
    else {
      AppSession.standardError(
        "casedesk: no workspace given: use --data DIR (HOME is not set either)")
      throw ExitCode(1)
    }
    do {
      try DemoReset.rebuild(at: location.path, scale: scale) { AppSession.standardError($0) }
    } catch {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
  }
}
