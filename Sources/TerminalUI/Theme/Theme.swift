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

  public init(name: String, source: Source, styles: [StyleRole: ResolvedStyle]) {
    self.name = name
    self.source = source
    self.styles = styles
  }

  /// The style for a role, following the role hierarchy; plain when nothing matches.
  public func style(for role: StyleRole) -> ResolvedStyle {
    var current: StyleRole? = role
    while let candidate = current {
      if let style = styles[candidate] { return style }
      current = candidate.parent
    }
    return .plain
  }
}
