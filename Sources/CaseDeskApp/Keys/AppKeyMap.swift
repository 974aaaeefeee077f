import TerminalUI

/// Builds the app's key map: the default bindings in the user's language, plus overrides.
public enum AppKeyMap {
  /// The default key map, with hints and help texts from the strings table.
  public static func standard(strings: Strings) -> KeyMap {
    let bindings = AppCommand.allCases.map { command -> KeyBinding in
      let (notations, scope) = command.defaultBinding
      return KeyBinding(
        command: command.rawValue,
        keys: notations.compactMap { Key(notation: $0) },
        hint: StringKey(rawValue: "cmd.\(command.rawValue).hint").map { strings[$0] } ?? "",
        description: StringKey(rawValue: "cmd.\(command.rawValue).help").map { strings[$0] }
          ?? command.rawValue,
        scope: scope, enabledWhen: command.enabledWhen)
    }
    // Help lists the widest scope last: put the bindings of inner scopes first.
    return KeyMap(bindings: bindings, modalScopes: AppScope.modal)
  }

  /// The standard key map with the config file's overrides applied.
  ///
  /// Returns the map and one localized message per problem; a bad entry keeps its defaults.
  public static func configured(
    strings: Strings, overrides: [(command: String, keys: [String])]
  ) -> (keyMap: KeyMap, problems: [String]) {
    let base = standard(strings: strings)
    do {
      return (try base.applying(overrides: overrides), [])
    } catch {
      let valid = overrides.filter { entry in
        AppCommand(rawValue: entry.command) != nil
          && entry.keys.allSatisfy { Key(notation: $0) != nil }
      }
      let map = (try? base.applying(overrides: valid)) ?? base
      let problems = error.problems.map { problem -> String in
        switch problem {
        case .unknownCommand(let name): return strings.format(.unknownCommandName, name)
        case .unknownKey(let command, let key): return strings.format(.unknownKeyName, command, key)
        }
      }
      return (map, problems)
    }
  }
}
