/// A named set of semantic styles: role name → resolved style.
///
/// Lookup falls back along the role's hierarchy (`list.row.selected` → `list.row` → `list`
/// → `default`), so a theme names only what it wants to differ.
public struct Theme: Sendable, Equatable {
  /// Where a theme came from, shown by `casedesk themes`.
  public enum Source: Sendable, Equatable {
    case shipped
    case user(path: String)
  }

  public var name: String
  public var source: Source
  public var styles: [StyleRole: ResolvedStyle]
  /// The theme file's one-line `description`, shown by `casedesk themes`; empty when absent.
  public var summary: String
  /// The named colours of the theme's `[palette]`, including those inherited from its parent.
  public var palette: [String: TerminalColor]

  /// Creates a theme from resolved styles; `summary` and `palette` are optional.
  public init(
    name: String, source: Source, styles: [StyleRole: ResolvedStyle], summary: String = "",
    palette: [String: TerminalColor] = [:]
  ) {
    self.name = name
    self.source = source
    self.styles = styles
    self.summary = summary
    self.palette = palette
  }

  /// The style for a role, following the role hierarchy; plain when nothing matches.
  public func style(for role: StyleRole) -> ResolvedStyle {
    Self.lookup(role, in: styles)
  }

  /// The style for a role in a style table, following the role hierarchy; plain when none.
  static func lookup(_ role: StyleRole, in styles: [StyleRole: ResolvedStyle]) -> ResolvedStyle {
    var current: StyleRole? = role
    while let candidate = current {
      if let style = styles[candidate] { return style }
      current = candidate.parent
    }
    return .plain
  }
}
