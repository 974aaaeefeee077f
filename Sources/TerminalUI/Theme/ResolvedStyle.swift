/// A style as the theme resolves a role: colours (nil = terminal default) and attributes,
/// plus the attributes to use instead on a monochrome terminal.
public struct ResolvedStyle: Hashable, Sendable {
  public var foreground: TerminalColor?
  public var background: TerminalColor?
  public var attributes: TextAttributes
  public var monochrome: TextAttributes

  public init(
    foreground: TerminalColor? = nil, background: TerminalColor? = nil,
    attributes: TextAttributes = [], monochrome: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
    self.monochrome = monochrome
  }

  public static let plain = ResolvedStyle()
}
