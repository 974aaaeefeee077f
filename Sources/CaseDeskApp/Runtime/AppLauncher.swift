import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI

/// Prepares the app's start: config, language, key map, themes, operator and workspace.
public enum AppLauncher {
  /// The user's settings: config file, language, key map and themes, with their problems.
  public struct Settings {
    public var config: AppConfig
    public var language: Language
    public var keyMap: KeyMap
    public var themes: ThemeCatalog
    public var theme: Theme
    /// Problems found (config, keys, themes), already localized.
    public var problems: [String]
  }

  /// Reads the config file and themes; nothing here fails: problems become messages.
  public static func settings(options: LaunchOptions, environment: [String: String]) -> Settings {
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
    return Settings(
      config: config, language: language, keyMap: keyMap, themes: themes, theme: theme,
      problems: problems)
  }

  /// Builds the launch context for an open workspace.
  ///
  /// Pass the `settings` already read, if any, so the config and themes are read only once.
  public static func prepare(
    options: LaunchOptions, environment: [String: String], size: Size, workspace: OpenedWorkspace,
    settings given: Settings? = nil
  ) -> LaunchContext {
    let settings = given ?? settings(options: options, environment: environment)
    var problems = settings.problems
    let strings = Strings(settings.language)
    let domain = workspace.state
    let operatorInfo = resolveOperator(
      options.operatorID ?? settings.config.operatorID, isDemo: workspace.config.isDemo,
      staff: domain.staff, supervisors: domain.supervisors, strings: strings, problems: &problems)
    let info = WorkspaceInfo(
      name: workspace.name, isDemo: workspace.config.isDemo,
      isReadOnly: !workspace.access.isWritable || options.readOnly)
    let today =
      options.today.flatMap { Day($0) } ?? workspace.config.asOf ?? Day(localDate())
      ?? Day(ordinal: 0)
    let now = Timestamp(day: today, hour: 12, utcOffset: domain.settings.utcOffset)
    var state = AppState(
      size: size, language: settings.language, keyMap: settings.keyMap, workspace: info,
      operatorInfo: operatorInfo, today: today.description, now: now, domain: domain,
      themeName: settings.theme.name,
      themeNames: settings.themes.names)
    let preferencesPath = workspace.directory.map {
      ListPreferencesFile.path(workspace: $0, operatorID: operatorInfo.id)
    }
    if let preferencesPath {
      let (preferences, problem) = ListPreferencesFile.load(path: preferencesPath)
      state.preferences = preferences
      state.enterprises.list.chosenColumns = preferences.columns[PaneID.enterprises.commandName]
      state.positiveList.list.chosenColumns = preferences.columns[PaneID.positiveList.commandName]
      state.cases.list.chosenColumns = preferences.columns[PaneID.cases.commandName]
      if let problem { problems.append(strings.format(.preferencesProblem, problem)) }
    }
    state.pendingDeadlines = TopBarView.pendingCount(
      for: StaffID(operatorInfo.id), in: domain, at: now)
    ReferralsPane.countOverdue(&state)
    if !workspace.access.isWritable && workspace.access != .readOnlyRequested {
      problems.insert(strings.format(.workspaceReadOnly, workspace.access.description), at: 0)
    }
    problems += workspace.notices.map(\.description)
    if let first = problems.first {
      let more = problems.count > 1 ? " (+\(problems.count - 1))" : ""
      state.message = Message(kind: .error, text: first + more)
    }
    return LaunchContext(
      state: state, themes: settings.themes, theme: settings.theme, problems: problems,
      preferencesPath: preferencesPath)
  }

  /// The operator named by id; without one, the demo opens as its first officer and any
  /// other workspace as a viewer; a social supervisor's id (not on the staff list) opens as
  /// that supervisor; any other id not on the staff list opens as a viewer, with a message.
  static func resolveOperator(
    _ id: String?, isDemo: Bool, staff: [StaffID: StaffMember],
    supervisors: [SupervisorID: SocialSupervisor] = [:], strings: Strings,
    problems: inout [String]
  ) -> OperatorInfo {
    func info(_ member: StaffMember) -> OperatorInfo {
      OperatorInfo(id: member.id.raw, name: member.name, role: member.roles.first ?? .viewer)
    }
    guard let id else {
      let members = staff.values.filter(\.isActive).sorted { $0.id < $1.id }
      if isDemo, let officer = members.first(where: { $0.roles.contains(.officer) }) {
        return info(officer)
      }
      problems.append(strings[.operatorMissing])
      return OperatorInfo(id: "viewer", name: strings[.roleViewer], role: .viewer)
    }
    if let member = staff[StaffID(id)], member.isActive { return info(member) }
    if staff[StaffID(id)] == nil, let supervisor = supervisors[SupervisorID(id)],
      supervisor.isActive
    {
      return OperatorInfo(id: id, name: supervisor.name, role: .supervisor)
    }
    problems.append(strings.format(.operatorUnknown, id))
    return OperatorInfo(id: id, name: id, role: .viewer)
  }

  /// Today's date on this machine's clock and time zone, as `YYYY-MM-DD`.
  public static func localDate() -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return String(
      format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
  }
}
