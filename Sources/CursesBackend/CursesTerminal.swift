import CNCursesW
import Foundation
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real terminal driven by ncursesw: keys from `wget_wch`, cells drawn with `mvadd_wch`.
///
/// Use it like this in `main` (one terminal per process, on one thread):
///
/// ```swift
/// let fallback = CursesTerminal.prepareLocale()  // tell the user when non-nil
/// let terminal: CursesTerminal
/// do { terminal = try CursesTerminal.open() } catch {
///   printToStandardError("\(error)")  // one line
///   exit(2)
/// }
/// defer { terminal.close() }  // also runs when a Swift error escapes
/// ```
///
/// `open` installs handlers that restore the terminal on SIGINT, SIGTERM, SIGHUP, SIGQUIT,
/// on crashes and on `exit()`, so the shell is usable whatever happens. In raw mode Ctrl-C
/// arrives as the key `.control("c")`, not as SIGINT. After `.resize`, call `invalidate()` and
/// present every cell.
public final class CursesTerminal: TerminalBackend {
  /// The colours the terminal can show; fixed when the terminal is opened.
  public let colorDepth: ColorDepth

  private let screen: OpaquePointer
  private let palette: CursesPalette
  private let colorPairLimit: Int32
  private var closed = false
  private var lastSize: Size
  private var cursorVisible: Bool?
  private var drawStyles: [ResolvedStyle: DrawStyle] = [:]
  private var colorPairs: [ColorPairKey: Int32] = [:]
  private var nextColorPair: Int32 = 1

  /// Attribute bits and colour pair for drawing one resolved style.
  private struct DrawStyle {
    var attributes: attr_t
    var pair: Int32
  }

  /// A foreground and background colour number, the key of a colour pair.
  private struct ColorPairKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  private init(screen: OpaquePointer, colorDepth: ColorDepth, palette: CursesPalette) {
    self.screen = screen
    self.colorDepth = colorDepth
    self.palette = palette
    self.colorPairLimit = Int32(clamping: cncw_color_pairs())
    self.lastSize = Size(width: 0, height: 0)
    self.lastSize = currentSize()
  }

  deinit { close() }

  /// Opens the terminal on standard output and input, as `TERM` in `environment` names it.
  ///
  /// Throws `CursesError.unknownTerminal` when `TERM` is unset, unknown or cannot address the
  /// cursor (such as `dumb`); the app prints the error and exits with code 2. See the type's
  /// documentation for closing.
  public static func open(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> CursesTerminal {
    try open(
      termType: environment["TERM"] ?? "", output: cncw_stdout(), input: cncw_stdin(),
      environment: environment)
  }

  /// Opens a terminal of a given type on any output and input stream.
  ///
  /// Works without a TTY (output to a file, input from a pipe), which the smoke tests use.
  /// `environment` decides the colour depth (`NO_COLOR`, `COLORTERM`).
  public static func open(
    termType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
    environment: [String: String] = [:]
  ) throws -> CursesTerminal {
    guard !TerminalRestoration.screenIsOpen else { throw CursesError.alreadyOpen }
    guard !termType.isEmpty, !termType.contains("/") else {
      throw CursesError.unknownTerminal(termType)
    }
    if !isUTF8(currentCodeset) { prepareLocale() }
    TerminalRestoration.install()
    guard let screen = newterm(termType, output, input) else {
      throw CursesError.unknownTerminal(termType)
    }
    _ = set_term(screen)
    guard cncw_has_cursor_addressing() != 0 else {
      _ = endwin()
      delscreen(screen)
      throw CursesError.unknownTerminal(termType)
    }
    TerminalRestoration.screenIsOpen = true

    _ = raw()
    _ = noecho()
    _ = nonl()
    _ = set_escdelay(25)
    if let window = cncw_stdscr() {
      _ = keypad(window, true)
      _ = intrflush(window, false)
      _ = leaveok(window, false)
    }

    let depth = colorDepth(
      environment: environment, colors: Int(tigetnum("colors")), hasColors: has_colors())
    var palette = CursesPalette(
      depth: depth, colors: 0, directColor: false, defaultColors: false)
    if depth != .monochrome {
      _ = start_color()
      palette.defaultColors = use_default_colors() == OK
      palette.colors = Int(cncw_colors())
      palette.directColor = cncw_has_direct_color() != 0
    }
    let terminal = CursesTerminal(screen: screen, colorDepth: depth, palette: palette)
    terminal.setCursorVisible(false)
    return terminal
  }

  /// The terminal's size in cells; after `.resize` it is the new size.
  public var size: Size {
    if !closed { lastSize = currentSize() }
    return lastSize
  }

  /// Whether `close()` has run.
  public var isClosed: Bool { closed }

  /// Waits for the next key; nil when input has ended (end of file, hang-up) or after `close`.
  ///
  /// Interrupted reads (a signal arriving) are retried; keys the app does not use are skipped.
  public func readKey() -> Key? {
    guard !closed, let window = cncw_stdscr() else { return nil }
    while true {
      var value: wint_t = 0
      cncw_clear_errno()
      let result = wget_wch(window, &value)
      if result == KEY_CODE_YES {
        if let key = Self.key(fromKeyCode: Int32(bitPattern: value)) {
          if key == .resize { _ = clearok(window, true) }
          return key
        }
      } else if result == OK {
        if let key = Self.key(fromCharacter: value) { return key }
      } else if cncw_errno() != EINTR {
        return nil
      }
    }
  }

  /// Draws changed cells, places the cursor (nil hides it) and updates the screen once.
  ///
  /// A wide character's lead cell draws both its columns; continuation cells are skipped.
  /// Cells outside the current size are dropped (the terminal may have just shrunk).
  public func present(
    _ changes: [CellChange], cursor: Point?, style: (StyleRole) -> ResolvedStyle
  ) {
    guard !closed, let window = cncw_stdscr() else { return }
    let current = size
    var roleStyles: [StyleRole: DrawStyle] = [:]
    var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    for change in changes where !change.cell.isContinuation {
      let (x, y) = (change.x, change.y)
      guard x >= 0, y >= 0, x < current.width, y < current.height else { continue }
      let drawStyle: DrawStyle
      if let known = roleStyles[change.cell.role] {
        drawStyle = known
      } else {
        drawStyle = resolve(style(change.cell.role))
        roleStyles[change.cell.role] = drawStyle
      }
      let fitsWide = x + 1 < current.width
      let columns = Self.fillText(&text, for: change.cell, wideFits: fitsWide)
      _ = cncw_draw(window, Int32(y), Int32(x), text, drawStyle.attributes, drawStyle.pair)
      if change.cell.width == 2 && columns == 1 && fitsWide {
        text[0] = 0x20
        text[1] = 0
        _ = cncw_draw(window, Int32(y), Int32(x + 1), text, drawStyle.attributes, drawStyle.pair)
      }
    }
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < current.width,
      cursor.y < current.height
    {
      setCursorVisible(true)
      _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      setCursorVisible(false)
    }
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// Forgets what the screen shows: the next `present` clears and repaints the whole screen,
  /// and the app sends every cell.
  public func invalidate() {
    guard !closed, let window = cncw_stdscr() else { return }
    _ = werase(window)
    _ = clearok(window, true)
  }

  /// Ends the curses screen and puts the terminal back as it was.
  ///
  /// Leaves the alternate screen, shows the cursor and restores the terminal modes. Safe to
  /// call more than once; after it, `readKey` returns nil and `present` does nothing.
  public func close() {
    guard !closed else { return }
    lastSize = currentSize()
    closed = true
    TerminalRestoration.screenIsOpen = false
    _ = endwin()
    delscreen(screen)
  }

  // MARK: - Private

  private func currentSize() -> Size {
    let window = cncw_stdscr()
    return Size(width: Int(cncw_max_x(window)), height: Int(cncw_max_y(window)))
  }

  private func setCursorVisible(_ visible: Bool) {
    guard cursorVisible != visible else { return }
    cursorVisible = visible
    _ = curs_set(visible ? 1 : 0)
  }

  /// Attribute bits and colour pair for a style, allocating colour pairs on first use.
  private func resolve(_ style: ResolvedStyle) -> DrawStyle {
    if let known = drawStyles[style] { return known }
    let resolved: DrawStyle
    if colorDepth == .monochrome {
      resolved = DrawStyle(attributes: CursesPalette.attributeBits(style.monochrome), pair: 0)
    } else {
      let key = ColorPairKey(
        foreground: palette.colorNumber(style.foreground, foreground: true),
        background: palette.colorNumber(style.background, foreground: false))
      resolved = DrawStyle(
        attributes: CursesPalette.attributeBits(style.attributes), pair: colorPair(for: key))
    }
    drawStyles[style] = resolved
    return resolved
  }

  /// The colour pair for two colours; pair 0 (default colours) when the pairs run out.
  private func colorPair(for key: ColorPairKey) -> Int32 {
    if key.foreground == -1 && key.background == -1 { return 0 }
    if let known = colorPairs[key] { return known }
    guard nextColorPair < colorPairLimit,
      init_extended_pair(nextColorPair, key.foreground, key.background) == OK
    else { return 0 }
    let pair = nextColorPair
    nextColorPair += 1
    colorPairs[key] = pair
    return pair
  }

  /// Writes a cell's character as a NUL-terminated wide string into `text` and returns the
  /// columns it takes.
  ///
  /// What could not be drawn in the cell's columns (a control character, a lone combining
  /// mark, a wide character in a one-column cell or at the last column) becomes U+FFFD.
  static func fillText(_ text: inout [wchar_t], for cell: Cell, wideFits: Bool) -> Int {
    let scalars = cell.character.unicodeScalars
    let limit = text.count - 1
    var count = 0
    var columns = 1
    if let first = scalars.first {
      let width = DisplayWidth.of(first)
      if width == 1 || (width == 2 && cell.width == 2 && wideFits) {
        columns = width
        text[0] = wchar_t(bitPattern: first.value)
        count = 1
        for scalar in scalars.dropFirst() {
          guard count < limit, DisplayWidth.of(scalar) == 0 else { break }
          text[count] = wchar_t(bitPattern: scalar.value)
          count += 1
        }
      }
    }
    if count == 0 {
      text[0] = 0xFFFD
      count = 1
    }
    text[count] = 0
    return columns
  }
}
