/// Why a curses terminal could not be opened.
///
/// The `description` is one line meant for the user; the app prints it and exits with code 2.
public enum CursesError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The terminal type (`TERM`) is unknown to terminfo, or too limited to drive a screen.
  case unknownTerminal(String)
  /// A curses terminal is already open in this process; close it first.
  case alreadyOpen

  /// The message for the user, on one line.
  public var description: String {
    switch self {
    case .unknownTerminal(let name) where name.isEmpty:
      return "TERM is not set; set it to your terminal's type, for example TERM=xterm-256color."
    case .unknownTerminal(let name):
      return "Unknown or unusable terminal type '\(name)' (TERM); "
        + "set TERM to a type this system knows, for example xterm-256color."
    case .alreadyOpen:
      return "A terminal screen is already open in this process."
    }
  }
}
