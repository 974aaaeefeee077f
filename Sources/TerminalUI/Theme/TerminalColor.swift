/// A colour with what each terminal colour depth should show for it.
public struct TerminalColor: Hashable, Sendable {
  /// 24-bit colour for true-colour terminals.
  public var red: UInt8
  public var green: UInt8
  public var blue: UInt8
  /// Index in the xterm 256-colour palette.
  public var index256: UInt8
  /// Index among the 16 basic colours (0–7 normal, 8–15 bright).
  public var index16: UInt8

  public init(red: UInt8, green: UInt8, blue: UInt8, index256: UInt8, index16: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
    self.index256 = index256
    self.index16 = index16
  }
}

/// How many colours the terminal shows.
public enum ColorDepth: String, Sendable, CaseIterable {
  case monochrome
  case ansi16
  case ansi256
  case trueColor
}
