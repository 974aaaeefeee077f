/// What the top bar says about the open workspace.
public struct WorkspaceInfo: Equatable, Sendable {
  public var name: String
  public var isDemo: Bool
  public var isReadOnly: Bool

  public init(name: String, isDemo: Bool, isReadOnly: Bool) {
    self.name = name
    self.isDemo = isDemo
    self.isReadOnly = isReadOnly
  }
}
