import CNCursesW
import TerminalUI

/// How theme colours become curses colour numbers and attribute bits on one terminal.
///
/// A pure value, so the choices can be tested without a terminal. True colour: when the
/// terminfo entry has direct colour (`RGB`, as `xterm-direct` does), colour numbers are the
/// 24-bit values themselves; otherwise a true-colour terminal gets the xterm 256-colour index,
/// which needs no palette changes (`init_color` would recolour the user's terminal for other
/// programs too) and is what the theme's `index256` was chosen for.
struct CursesPalette: Equatable, Sendable {
  /// The depth the app was told (`CursesTerminal.colorDepth`).
  var depth: ColorDepth
  /// Colours the terminal has (`COLORS` after `start_color`).
  var colors: Int
  /// Whether colour numbers are 24-bit RGB values (a direct-colour terminfo entry).
  var directColor: Bool
  /// Whether `use_default_colors` worked, so -1 means the terminal's own colour.
  var defaultColors: Bool

  /// The curses colour number for a theme colour; nil colours are the terminal's default.
  func colorNumber(_ color: TerminalColor?, foreground: Bool) -> Int32 {
    let fallback: Int32 = defaultColors ? -1 : (foreground ? 7 : 0)
    guard let color, depth != .monochrome, colors >= 8 else { return fallback }
    if depth == .trueColor && directColor {
      let rgb = Int32(color.red) << 16 | Int32(color.green) << 8 | Int32(color.blue)
      // Direct-colour entries treat values below 8 as the ANSI colours; nudge near-black.
      return max(rgb, 8)
    }
    if (depth == .trueColor || depth == .ansi256) && colors >= 256 {
      return Int32(color.index256)
    }
    let index = Int32(color.index16)
    return colors >= 16 ? index : index % 8
  }

  /// The curses attribute bits for text attributes.
  static func attributeBits(_ attributes: TextAttributes) -> attr_t {
    var bits = cncw_a_normal()
    if attributes.contains(.bold) { bits |= cncw_a_bold() }
    if attributes.contains(.dim) { bits |= cncw_a_dim() }
    if attributes.contains(.underline) { bits |= cncw_a_underline() }
    if attributes.contains(.reverse) { bits |= cncw_a_reverse() }
    if attributes.contains(.italic) { bits |= cncw_a_italic() }
    if attributes.contains(.blink) { bits |= cncw_a_blink() }
    return bits
  }
}
