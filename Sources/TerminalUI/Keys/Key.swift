/// One key press as the app sees it, independent of the terminal backend.
public enum Key: Hashable, Sendable {
  /// A printable character, including space and characters typed through an input method.
  case character(Character)
  /// Control plus a letter, stored lower-case: `.control("f")` is Ctrl-F.
  case control(Character)
  case enter
  case escape
  case tab
  case backTab
  case backspace
  case delete
  case insert
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case function(Int)
  /// The terminal changed size.
  case resize
}
