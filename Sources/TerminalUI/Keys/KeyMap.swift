/// The key map: data that turns keys into command names in the active scopes.
public struct KeyMap: Equatable, Sendable {
  public private(set) var bindings: [KeyBinding]
  /// Scopes that stop the lookup: keys of outer scopes do not fire while one is active.
  public var modalScopes: Set<KeyScope>

  public init(bindings: [KeyBinding], modalScopes: Set<KeyScope> = []) {
    self.bindings = bindings
    self.modalScopes = modalScopes
  }

  /// The command for a key in the active scopes, or nil.
  ///
  /// Looks through `scopes` from innermost to outermost.
  /// A key bound in a scope but disabled by the flags does not fall through to outer scopes.
  public func command(for key: Key, scopes: [KeyScope], flags: Set<String>) -> String? {
    for scope in scopes {
      for binding in bindings where binding.scope == scope && binding.keys.contains(key) {
        return binding.isEnabled(flags) ? binding.command : nil
      }
      if modalScopes.contains(scope) { return nil }
    }
    return nil
  }

  /// The bindings reachable in `scopes` (innermost first, stopping at a modal scope),
  /// enabled under `flags`, in key-map order.
  ///
  /// Keys an inner scope already uses are taken out of outer bindings (they would never reach
  /// them); an outer binding left without keys is left out, so the footer never shows `q` twice.
  public func activeBindings(scopes: [KeyScope], flags: Set<String>) -> [KeyBinding] {
    var reachable: [KeyScope] = []
    for scope in scopes {
      reachable.append(scope)
      if modalScopes.contains(scope) { break }
    }
    var result: [KeyBinding] = []
    var taken: Set<Key> = []
    for scope in reachable {
      for var binding in bindings where binding.scope == scope && binding.isEnabled(flags) {
        // A key an inner scope already uses does not reach this binding: show the rest.
        binding.keys = binding.keys.filter { !taken.contains($0) }
        guard !binding.keys.isEmpty else { continue }
        result.append(binding)
      }
      for binding in result where binding.scope == scope { taken.formUnion(binding.keys) }
    }
    return result
  }

  /// The binding of a command, or nil.
  public func binding(for command: String) -> KeyBinding? {
    bindings.first { $0.command == command }
  }

  /// A copy with some commands' keys replaced.
  ///
  /// The overrides come from the config file's `[keys]` table:
  /// command name → list of key notations. Every problem is collected and thrown at once.
  public func applying(overrides: [(command: String, keys: [String])]) throws(KeyMapError)
    -> KeyMap
  {
    var copy = self
    var problems: [KeyMapError.Problem] = []
    for (command, notations) in overrides {
      guard let index = copy.bindings.firstIndex(where: { $0.command == command }) else {
        problems.append(.unknownCommand(command))
        continue
      }
      var keys: [Key] = []
      for notation in notations {
        if let key = Key(notation: notation) {
          keys.append(key)
        } else {
          problems.append(.unknownKey(command: command, key: notation))
        }
      }
      if !keys.isEmpty { copy.bindings[index].keys = keys }
    }
    if !problems.isEmpty { throw KeyMapError(problems: problems) }
    return copy
  }
}

/// What is wrong with key overrides: every unknown command and key name, together.
public struct KeyMapError: Error, Equatable {
  public enum Problem: Equatable, Sendable {
    case unknownCommand(String)
    case unknownKey(command: String, key: String)
  }
  public var problems: [Problem]
}
