/// Where a workspace lives on disk, and how that was decided.
///
/// The order: `--data DIR`, else the config file's `data`, else the XDG data directory
/// (`$XDG_DATA_HOME/casedesk`, else `~/.local/share/casedesk`). The demo workspace lives in
/// `demo/` under the XDG data directory unless `--data` names another place.
public struct WorkspaceLocation: Equatable, Sendable {
  /// What decided the location, for messages and the first-run screen.
  public enum Origin: Equatable, Sendable {
    case commandLine
    case configFile
    case dataHome
  }

  public var path: String
  public var origin: Origin

  public init(path: String, origin: Origin) {
    self.path = path
    self.origin = origin
  }

  /// The workspace's name as the top bar shows it: the directory's last component.
  public var name: String {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
  }

  /// Resolves the location of the regular workspace; nil when nothing names one (no
  /// `--data`, no config entry, and neither `XDG_DATA_HOME` nor `HOME` is set).
  public static func resolve(
    commandLine: String?, config: String?, environment: [String: String]
  ) -> WorkspaceLocation? {
    if let commandLine, !commandLine.isEmpty {
      return WorkspaceLocation(path: commandLine, origin: .commandLine)
    }
    if let config, !config.isEmpty {
      return WorkspaceLocation(path: expandingHome(config, environment), origin: .configFile)
    }
    return dataHome(environment).map { WorkspaceLocation(path: $0, origin: .dataHome) }
  }

  /// Resolves the demo workspace's location.
  public static func demo(commandLine: String?, environment: [String: String])
    -> WorkspaceLocation?
  {
    if let commandLine, !commandLine.isEmpty {
      return WorkspaceLocation(path: commandLine, origin: .commandLine)
    }
    return dataHome(environment).map { WorkspaceLocation(path: $0 + "/demo", origin: .dataHome) }
  }

  /// `$XDG_DATA_HOME/casedesk` when that is an absolute path, else `~/.local/share/casedesk`.
  static func dataHome(_ environment: [String: String]) -> String? {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/casedesk" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/casedesk" }
    return nil
  }

  /// `~/…` with the home directory put in.
  static func expandingHome(_ path: String, _ environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
    return home + path.dropFirst()
  }
}
