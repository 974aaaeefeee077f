import CNCursesW
import TerminalUI

extension CursesTerminal {
  /// The key for a curses key code (`wget_wch` returned `KEY_CODE_YES`); nil for keys the app
  /// does not use.
  public static func key(fromKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_BACKSPACE: return .backspace
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_RESIZE: return .resize
    case cncw_key_f(1)...cncw_key_f(63): return .function(Int(code - cncw_key_f(0)))
    default: return nil
    }
  }

  /// The key for a character `wget_wch` read (it returned `OK`); nil for control characters
  /// the app does not use and for values that are not Unicode scalars.
  ///
  /// Tab, Enter (LF or CR), Escape and Backspace (DEL or Ctrl-H) have their own keys; the
  /// other Ctrl-letter codes 1…26 become `.control` with the lower-case letter (raw mode
  /// delivers Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q as keys).
  public static func key(fromCharacter value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      guard let letter = Unicode.Scalar(0x60 + value) else { return nil }
      return .control(Character(letter))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }
}
