/// What `CursesTerminal.prepareLocale()` had to do because the locale is not UTF-8.
public enum LocaleFallback: Equatable, Sendable {
  /// Characters now use `to` instead of the environment's character set `from`.
  case switched(from: String, to: String)
  /// No UTF-8 locale is installed; Chinese text may not show.
  case unavailable(from: String)
}
