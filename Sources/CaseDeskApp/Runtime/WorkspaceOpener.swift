import CaseDeskDomain
import CaseDeskStore

/// Finds, creates (the demo) and opens the workspace the command line asks for.
public enum WorkspaceOpener {
  /// Why no workspace could be opened (the executable prints it and exits non-zero).
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Where the workspace is: `--data`, else the config's `data`, else the XDG data directory
  /// (`demo/` inside it for `casedesk demo`).
  public static func location(
    options: LaunchOptions, config: AppConfig, environment: [String: String]
  ) -> WorkspaceLocation? {
    options.demo
      ? WorkspaceLocation.demo(commandLine: options.dataDirectory, environment: environment)
      : WorkspaceLocation.resolve(
        commandLine: options.dataDirectory, config: config.dataDirectory,
        environment: environment)
  }

  /// Creates the demo workspace at `path` when it is missing; `progress` hears what happens.
  public static func createDemoIfMissing(
    at path: String, scale: Int?, progress: (String) -> Void
  ) throws(Failure) {
    let fileSystem = PosixFileSystem()
    guard !fileSystem.exists(path + "/" + WorkspaceFiles.config) else { return }
    progress("Building the demo workspace at \(path)…")
    let demo = DemoBuilder.build(scale: scale)
    do {
      let workspace = try Workspace.create(
        at: path, config: WorkspaceConfig(name: demo.name, isDemo: true, asOf: demo.asOf),
        events: demo.events)
      workspace.close()
    } catch {
      throw Failure(description: "cannot create the demo workspace: \(error)")
    }
    progress("Demo workspace ready: \(demo.events.count) records.")
  }

  /// Opens the workspace at a location for an operator.
  public static func open(
    at location: WorkspaceLocation, operatorID: String?, readOnly: Bool
  ) throws(Failure) -> Workspace {
    let fileSystem = PosixFileSystem()
    guard fileSystem.exists(location.path + "/" + WorkspaceFiles.config) else {
      throw Failure(
        description: "No workspace at \(location.path). Run `casedesk demo` to explore the demo, "
          + "or `casedesk init --data \(location.path)` to create an empty one.")
    }
    do {
      return try Workspace.open(
        at: location.path, operatorID: operatorID ?? "unknown", readOnly: readOnly)
    } catch {
      throw Failure(description: "\(error)")
    }
  }
}
