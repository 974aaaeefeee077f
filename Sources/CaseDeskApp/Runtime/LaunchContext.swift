import TerminalUI

/// Everything the app starts from: the initial state, the themes and the chosen theme.
public struct LaunchContext {
  public var state: AppState
  public var themes: ThemeCatalog
  public var theme: Theme
  /// Problems found while starting (config, keys, themes, operator), already localized.
  public var problems: [String]
  /// The operator's list preferences file (nil for a workspace held in memory).
  public var preferencesPath: String? = nil
}
