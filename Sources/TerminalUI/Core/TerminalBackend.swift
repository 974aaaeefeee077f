/// What the app needs from a terminal.
///
/// Every backend implements all of it; there are no
/// silent defaults. The curses backend draws on a real terminal; the in-memory backend
/// (for tests and `--headless`) records what was drawn.
public protocol TerminalBackend: AnyObject {
  /// The terminal's current size in cells.
  var size: Size { get }
  /// The colours the terminal can show (monochrome under `NO_COLOR`).
  var colorDepth: ColorDepth { get }
  /// Waits for the next key; nil when input has ended (EOF, hang-up).
  func readKey() -> Key?
  /// Draws changed cells with their resolved styles, places the cursor (nil hides it) and
  /// makes it all visible in one update.
  func present(_ changes: [CellChange], cursor: Point?, style: (StyleRole) -> ResolvedStyle)
  /// Forgets what the screen shows, so that the next `present` is given every cell.
  func invalidate()
}
