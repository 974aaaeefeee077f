/// One entry of the key map: the keys that trigger a named command, with its help texts.
///
/// The footer hints and the `?` help are generated from these entries, so that what the
/// screen says always matches what the keys do.
public struct KeyBinding: Equatable, Sendable {
  /// Stable command name used in the config file's `[keys]` table, for example `pane.next`.
  public var command: String
  public var keys: [Key]
  /// A short label for the footer (already in the user's language); empty hides it there.
  public var hint: String
  /// One line for the help overlay (already in the user's language).
  public var description: String
  public var scope: KeyScope
  /// Condition flags that must all be set for the binding to be enabled (for example `writable`).
  public var enabledWhen: Set<String>

  public init(
    command: String, keys: [Key], hint: String, description: String, scope: KeyScope,
    enabledWhen: Set<String> = []
  ) {
    self.command = command
    self.keys = keys
    self.hint = hint
    self.description = description
    self.scope = scope
    self.enabledWhen = enabledWhen
  }

  /// The keys' written forms joined for display, for example `j/<Down>`.
  public var keysNotation: String { keys.map(\.notation).joined(separator: "/") }

  /// Whether the binding is enabled under the given condition flags.
  public func isEnabled(_ flags: Set<String>) -> Bool { enabledWhen.isSubset(of: flags) }
}
