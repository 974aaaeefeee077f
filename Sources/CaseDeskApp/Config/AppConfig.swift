/// The settings of `~/.config/casedesk/config.toml`; every field is optional.
public struct AppConfig: Equatable, Sendable {
  public var operatorID: String?
  public var themeName: String?
  public var language: Language?
  public var dataDirectory: String?
  /// The `[keys]` table: command name → key notations, in file order.
  public var keyOverrides: [KeyOverride]

  /// One `[keys]` entry.
  public struct KeyOverride: Equatable, Sendable {
    public var command: String
    public var keys: [String]

    public init(command: String, keys: [String]) {
      self.command = command
      self.keys = keys
    }
  }

  public init(
    operatorID: String? = nil, themeName: String? = nil, language: Language? = nil,
    dataDirectory: String? = nil, keyOverrides: [KeyOverride] = []
  ) {
    self.operatorID = operatorID
    self.themeName = themeName
    self.language = language
    self.dataDirectory = dataDirectory
    self.keyOverrides = keyOverrides
  }

  /// The config file's path: `$XDG_CONFIG_HOME/casedesk/config.toml`, else
  /// `~/.config/casedesk/config.toml`; nil when neither variable is set.
  public static func defaultPath(environment: [String: String]) -> String? {
    configDirectory(environment: environment).map { $0 + "/config.toml" }
  }

  /// The directory holding the config file and the user's `themes/`.
  public static func configDirectory(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/casedesk" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/casedesk" }
    return nil
  }
}
