import CaseDeskDomain
import CaseDeskStore
import Glibc

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
  ///
  /// A reset interrupted between its renames is finished first (`DemoReset.recover(at:)`).
  public static func createDemoIfMissing(
    at path: String, scale: Int?, progress: (String) -> Void
  ) throws(Failure) {
    try DemoReset.recover(at: path)
    let fileSystem = PosixFileSystem()
    guard !fileSystem.exists(path + "/" + WorkspaceFiles.config) else { return }
    progress("Building the demo workspace at \(path)…")
    let records = try createDemo(at: path, scale: scale)
    progress("Demo workspace ready: \(records) records.")
  }

  /// Builds the demo (at `scale` enterprises when given) into a new workspace at `path`,
  /// stamped with this generator's `DemoVersion.current`; returns its number of records.
  public static func createDemo(at path: String, scale: Int?) throws(Failure) -> Int {
    let demo = DemoBuilder.build(scale: scale)
    let config = WorkspaceConfig(
      name: demo.name, isDemo: true, asOf: demo.asOf, demoVersion: DemoVersion.current)
    do {
      let workspace = try Workspace.create(at: path, config: config, events: demo.events)
      workspace.close()
    } catch {
      throw Failure(description: "cannot create the demo workspace: \(error)")
    }
    return demo.events.count
  }

  /// Whether a workspace exists at a location.
  public static func exists(at location: WorkspaceLocation) -> Bool {
    PosixFileSystem().exists(location.path + "/" + WorkspaceFiles.config)
  }

  /// Creates an empty workspace whose first staff member (clerk and approver) is the operator.
  public static func createEmpty(
    at path: String, operatorID: String, name: String, title: String? = nil
  ) throws(Failure) {
    let member = StaffMemberDraft(id: StaffID(operatorID), name: name, roles: [.clerk, .approver])
    let now = Timestamp(secondsSinceEpoch: Int64(time(nil)))
    var state = DomainState()
    let events: [Event]
    do {
      events = try Domain.perform(.staff(.addMember(member)), by: .system, at: now, on: &state)
    } catch {
      let problems = error.problems.map { "\n  \($0)" }.joined()
      throw Failure(description: error.message.en + problems)
    }
    do {
      let location = WorkspaceLocation(path: path, origin: .commandLine)
      let workspace = try Workspace.create(
        at: path, config: WorkspaceConfig(name: title ?? location.name), events: events)
      workspace.close()
    } catch {
      throw Failure(description: "\(error)")
    }
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
    let workspace: Workspace
    do {
      workspace = try Workspace.open(
        at: location.path, operatorID: operatorID ?? "unknown", readOnly: readOnly)
    } catch {
      throw Failure(description: "\(error)")
    }
    if let operatorID, let command = supervisorRegistration(for: operatorID, in: workspace.state),
      workspace.access.isWritable
    {
      let now = Timestamp(secondsSinceEpoch: Int64(time(nil)))
      let at = workspace.config.asOf.map {
        Timestamp(day: $0, hour: 12, utcOffset: workspace.state.settings.utcOffset)
      }
      // A refusal leaves the supervisor off the staff list: their changes are then refused
      // with the domain's message, and nothing else is lost.
      _ = try? workspace.perform(command, by: .system, at: at ?? now)
    }
    return workspace
  }

  /// The staff entry that lets a social supervisor of the register log in: a member with
  /// the supervisor's id and name and the single role `.supervisor`; nil when the id is on
  /// the staff list already, or is no active supervisor's.
  ///
  /// The domain lets only such a member add their own opinion on the cases they are invited
  /// to; the entry is recorded in the journal (by the system) the first time they log in.
  public static func supervisorRegistration(for operatorID: String, in state: DomainState)
    -> Command?
  {
    let id = StaffID(operatorID)
    guard state.staff[id] == nil, let supervisor = state.supervisors[SupervisorID(operatorID)],
      supervisor.isActive
    else { return nil }
    return .staff(
      .addMember(StaffMemberDraft(id: id, name: supervisor.name, roles: [.supervisor])))
  }
}
