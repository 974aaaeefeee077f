import TerminalUI

extension CursesTerminal {
  /// The colour depth to use, from the environment and what terminfo says of the terminal.
  ///
  /// In order: `NO_COLOR` set (to any value) → monochrome; a terminal without colours (or
  /// fewer than 8) → monochrome; `COLORTERM` of `truecolor` or `24bit` → true colour; 256 or
  /// more colours → 256; 8 or more → 16. A pure function, so tests need no terminal.
  public static func colorDepth(
    environment: [String: String], colors: Int, hasColors: Bool
  ) -> ColorDepth {
    if environment["NO_COLOR"] != nil { return .monochrome }
    guard hasColors, colors >= 8 else { return .monochrome }
    let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
    if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
    if colors >= 256 { return .ansi256 }
    return .ansi16
  }
}
