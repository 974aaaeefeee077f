/// Where a key binding applies: the focused context, from innermost to outermost.
///
/// The app keeps a stack of active scopes (say `list`, then `global`); a key is looked up in
/// each in turn and the first binding wins. A modal scope (a dialog, the command line) stops
/// the lookup so that global keys do not fire behind it.
public struct KeyScope: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let name: String
  public init(_ name: String) { self.name = name }
  public init(stringLiteral value: String) { self.name = value }
  public var description: String { name }
}
