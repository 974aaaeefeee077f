import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI

/// Prepares the app's start: config, language, key map, themes, operator and workspace.
public enum AppLauncher {
  /// Builds the launch context; nothing here fails: problems become messages.
  public static func prepare(
    options: LaunchOptions, environment: [String: String], size: Size
  ) -> LaunchContext {
    var problems: [String] = []
    var config = AppConfig()
    var configProblems: [ConfigProblem] = []
    if let path = AppConfig.defaultPath(environment: environment) {
      (config, configProblems) = AppConfigLoader.load(path: path)
    }
    let language =
      options.language ?? config.language ?? Language.fromEnvironment(environment)
    let strings = Strings(language)
    problems += configProblems.map { strings.format(.configProblem, $0.description) }

    let (keyMap, keyProblems) = AppKeyMap.configured(
      strings: strings, overrides: config.keyOverrides.map { ($0.command, $0.keys) })
    problems += keyProblems

    let themeDirectory = AppConfig.configDirectory(environment: environment).map {
      $0 + "/themes"
    }
    let (themes, themeProblems) = ThemeCatalog.load(userDirectory: themeDirectory)
    problems += themeProblems.map { strings.format(.themeProblem, $0.description) }
    let (theme, themeProblem) = themes.resolve(options.themeName ?? config.themeName)
    if let themeProblem { problems.append(themeProblem) }

    let operatorInfo = resolveOperator(
      options.operatorID ?? config.operatorID, strings: strings, problems: &problems)
    let location =
      options.demo
      ? WorkspaceLocation.demo(commandLine: options.dataDirectory, environment: environment)
      : WorkspaceLocation.resolve(
        commandLine: options.dataDirectory, config: config.dataDirectory,
        environment: environment)
    let workspace = WorkspaceInfo(
      name: location?.name ?? (options.demo ? "demo" : "casedesk"), isDemo: options.demo,
      isReadOnly: options.readOnly)

    var state = AppState(
      size: size, language: language, keyMap: keyMap, workspace: workspace,
      operatorInfo: operatorInfo, today: options.today ?? localDate(),
      enterprises: SampleData.enterprises,
      themeName: theme.name, themeNames: themes.names)
    if let first = problems.first {
      let more = problems.count > 1 ? " (+\(problems.count - 1))" : ""
      state.message = Message(kind: .error, text: first + more)
    } else {
      state.message = Message(kind: .info, text: strings[.sampleDataNotice])
    }
    return LaunchContext(state: state, themes: themes, theme: theme, problems: problems)
  }

  /// The operator named by id, or the first staff member; an unknown id opens as a viewer.
  static func resolveOperator(_ id: String?, strings: Strings, problems: inout [String])
    -> OperatorInfo
  {
    let staff = SampleData.staff
    guard let id else {
      let first = staff.first ?? StaffMember(id: "viewer", name: "viewer", roles: [.viewer])
      return OperatorInfo(id: first.id.raw, name: first.name, role: first.roles.first ?? .viewer)
    }
    if let member = staff.first(where: { $0.id.raw == id }) {
      return OperatorInfo(id: member.id.raw, name: member.name, role: member.roles.first ?? .viewer)
    }
    problems.append(strings.format(.operatorUnknown, id))
    return OperatorInfo(id: id, name: id, role: .viewer)
  }

  /// Today's date on this machine's clock and time zone, as `YYYY-MM-DD`.
  static func localDate() -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return String(
      format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
  }
}
