import Foundation

/// The themes available to the app: the shipped ones compiled in, and the user's theme files.
///
/// A user theme whose `name` matches a shipped theme replaces it. Shipped themes inherit only
/// from shipped themes; user themes inherit from user themes first, then shipped ones, and a
/// user theme may inherit the shipped theme it replaces (`name = "default"`,
/// `inherits = "default"`). Files that fail to load are reported and skipped, never fatal.
public struct ThemeCatalog: Sendable {
  /// The theme used when none is chosen or the chosen one is unusable.
  public static let defaultThemeName = "default"

  private var themes: [String: Theme]
  private var failures: [String: ThemeError]

  /// Loads the shipped themes and the `*.toml` files in `userDirectory` (skipped when nil).
  ///
  /// A missing user directory is not a problem; unreadable or malformed files are reported in
  /// `problems`, sorted by file, and left out of the catalog.
  public static func load(userDirectory: String?) -> (catalog: ThemeCatalog, problems: [ThemeError])
  {
    let shipped = ShippedThemes.files.map { file in
      ThemeFile(
        text: file.text, file: "Themes/\(file.name).toml", source: .shipped,
        fallbackName: file.name)
    }
    var problems: [ThemeError] = []
    var user: [ThemeFile] = []
    if let userDirectory {
      let (files, readProblems) = readDirectory(userDirectory)
      user = files
      problems += readProblems
    }
    let builder = CatalogBuilder(shipped: shipped, user: user)
    builder.buildAll()
    problems += builder.problems
    problems.sort { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
    return (ThemeCatalog(themes: builder.themes, failures: builder.failures), problems)
  }

  /// The user's theme directory: `$XDG_CONFIG_HOME/casedesk/themes`, else under `~/.config`.
  ///
  /// Returns nil when neither `XDG_CONFIG_HOME` (absolute) nor `HOME` is set.
  public static func userDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/casedesk/themes"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return home + "/.config/casedesk/themes"
    }
    return nil
  }

  /// The names of all loaded themes, sorted.
  public var names: [String] { themes.keys.sorted() }

  /// The theme with this name, or nil when there is none (or it failed to load).
  public func theme(named name: String) -> Theme? { themes[name] }

  /// Name, source and description of every loaded theme, sorted by name.
  public func listing() -> [(name: String, source: Theme.Source, description: String)] {
    names.compactMap { name in
      guard let theme = themes[name] else { return nil }
      return (name, theme.source, theme.summary)
    }
  }

  /// The theme to use for a requested name, falling back to `default` with an explanation.
  ///
  /// A nil name means the default theme. The problem is nil when the request was met; it names
  /// the file, line and key when the requested theme failed to load.
  public func resolve(_ name: String?) -> (theme: Theme, problem: String?) {
    let requested = name ?? Self.defaultThemeName
    if let failure = failures[requested] {
      if let shipped = themes[requested], shipped.source == .shipped {
        return (
          shipped,
          "user theme \"\(requested)\" failed to load (\(failure)); using the shipped one"
        )
      }
      return (
        fallback, "theme \"\(requested)\" failed to load (\(failure)); using \"default\""
      )
    }
    if let theme = themes[requested] { return (theme, nil) }
    let known = names.joined(separator: ", ")
    return (fallback, "unknown theme \"\(requested)\" (available: \(known)); using \"default\"")
  }

  /// The default theme, or a plain one should even that be missing.
  private var fallback: Theme {
    themes[Self.defaultThemeName]
      ?? Theme(name: Self.defaultThemeName, source: .shipped, styles: [:])
  }

  /// Reads the directory's `*.toml` files in name order; a missing directory gives nothing.
  private static func readDirectory(_ directory: String) -> ([ThemeFile], [ThemeError]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      return ([], [])
    }
    guard isDirectory.boolValue else {
      return ([], [ThemeError(file: directory, reason: "not a directory")])
    }
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      return ([], [ThemeError(file: directory, reason: "cannot list the directory")])
    }
    var files: [ThemeFile] = []
    var problems: [ThemeError] = []
    for entry in entries.sorted() where entry.hasSuffix(".toml") && !entry.hasPrefix(".") {
      let path = directory + "/" + entry
      do {
        let text = try ThemeLoader.readText(atPath: path)
        files.append(
          ThemeFile(
            text: text, file: path, source: .user(path: path),
            fallbackName: String(entry.dropLast(5))))
      } catch {
        problems.append(error)
      }
    }
    return (files, problems)
  }
}

/// One theme file waiting to be parsed.
private struct ThemeFile {
  var text: String
  var file: String
  var source: Theme.Source
  /// The theme name the file declares, else its base name.
  var name: String

  init(text: String, file: String, source: Theme.Source, fallbackName: String) {
    self.text = text
    self.file = file
    self.source = source
    self.name = ThemeLoader.declaredName(in: text) ?? fallbackName
  }
}

/// Parses a catalog's files in dependency order, detecting inheritance cycles.
private final class CatalogBuilder {
  /// Which set a file belongs to; user files can see shipped ones, not the other way.
  enum Layer: Hashable {
    case shipped
    case user
  }

  struct Key: Hashable {
    var layer: Layer
    var name: String
  }

  var files: [Key: ThemeFile] = [:]
  var results: [Key: Result<Theme, ThemeError>] = [:]
  var problems: [ThemeError] = []

  init(shipped: [ThemeFile], user: [ThemeFile]) {
    for file in shipped { add(file, layer: .shipped) }
    for file in user { add(file, layer: .user) }
  }

  private func add(_ file: ThemeFile, layer: Layer) {
    let key = Key(layer: layer, name: file.name)
    if let existing = files[key] {
      problems.append(
        ThemeError(
          file: file.file, key: "name",
          reason: "theme \"\(file.name)\" is already defined in \(existing.file); ignored"))
      return
    }
    files[key] = file
  }

  func buildAll() {
    let order = files.keys.sorted { first, second in
      (first.name, first.layer == .user ? 1 : 0) < (second.name, second.layer == .user ? 1 : 0)
    }
    for key in order {
      _ = build(key, stack: [])
    }
    for key in results.keys {
      if case .failure(let error) = results[key] { problems.append(error) }
    }
  }

  /// Loaded themes by name; a working user theme hides the shipped one of the same name.
  var themes: [String: Theme] {
    var themes: [String: Theme] = [:]
    for (key, result) in results where key.layer == .shipped {
      if case .success(let theme) = result { themes[key.name] = theme }
    }
    for (key, result) in results where key.layer == .user {
      if case .success(let theme) = result { themes[key.name] = theme }
    }
    return themes
  }

  /// Names whose theme failed to load, with the error; user failures win over shipped ones.
  var failures: [String: ThemeError] {
    var failures: [String: ThemeError] = [:]
    for (key, result) in results {
      if case .failure(let error) = result, failures[key.name] == nil || key.layer == .user {
        failures[key.name] = error
      }
    }
    return failures
  }

  private func build(_ key: Key, stack: [Key]) -> ThemeLoader.ParentLookup {
    if let done = results[key] {
      switch done {
      case .success(let theme): return .found(theme)
      case .failure(let error): return .failed(error)
      }
    }
    if stack.contains(key) {
      return .cycle(stack.drop(while: { $0 != key }).map(\.name) + [key.name])
    }
    guard let file = files[key] else { return .missing }
    let result: Result<Theme, ThemeError>
    do {
      let theme = try ThemeLoader.parse(file.text, file: file.file, source: file.source) {
        parent in
        self.parentLookup(parent, of: key, stack: stack + [key])
      }
      result = .success(theme)
    } catch {
      result = .failure(error)
    }
    // A cycle member reached again through the recursion may already have stored a result.
    if results[key] == nil { results[key] = result }
    switch result {
    case .success(let theme): return .found(theme)
    case .failure(let error): return .failed(error)
    }
  }

  private func parentLookup(
    _ parent: String, of child: Key, stack: [Key]
  ) -> ThemeLoader.ParentLookup {
    if child.layer == .user, parent != child.name, files[Key(layer: .user, name: parent)] != nil {
      return build(Key(layer: .user, name: parent), stack: stack)
    }
    return build(Key(layer: .shipped, name: parent), stack: stack)
  }
}
