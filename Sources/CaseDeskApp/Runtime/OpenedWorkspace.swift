import CaseDeskDomain
import CaseDeskStore

/// What the app shows of a workspace: its state and config, whether it may be changed, and
/// what the user should know about it.
public struct OpenedWorkspace: Sendable {
  public var name: String
  public var state: DomainState
  public var config: WorkspaceConfig
  public var access: WorkspaceAccess
  public var notices: [WorkspaceNotice]
  /// The workspace's directory; nil for one held only in memory.
  public var directory: String?

  public init(
    name: String, state: DomainState, config: WorkspaceConfig, access: WorkspaceAccess,
    notices: [WorkspaceNotice] = [], directory: String? = nil
  ) {
    self.name = name
    self.state = state
    self.config = config
    self.access = access
    self.notices = notices
    self.directory = directory
  }

  /// The view of an open workspace.
  public init(_ workspace: Workspace) {
    self.init(
      name: workspace.config.name, state: workspace.state, config: workspace.config,
      access: workspace.access, notices: workspace.notices, directory: workspace.directory.path)
  }
}
