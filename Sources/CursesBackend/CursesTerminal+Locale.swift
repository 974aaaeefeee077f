import CNCursesW

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CursesTerminal {
  /// Sets the process locale from the environment, falling back to UTF-8 for characters.
  ///
  /// Call it first thing in `main`, before any curses call (`open` calls it when the character
  /// set is not UTF-8 yet). When the environment's locale does not use UTF-8 (`LANG=C`, unset,
  /// unknown), `LC_CTYPE` becomes `C.UTF-8` so that Chinese text is drawn rather than blanks.
  /// Returns what it had to do, for a note to the user, or nil when the locale was fine.
  @discardableResult
  public static func prepareLocale() -> LocaleFallback? {
    prepareLocale(requested: "")
  }

  /// `prepareLocale()` starting from a named locale instead of the environment's (`""`).
  static func prepareLocale(requested: String) -> LocaleFallback? {
    _ = setlocale(LC_ALL, requested)
    let original = currentCodeset
    if isUTF8(original) { return nil }
    for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"]
    where setlocale(LC_CTYPE, candidate) != nil && isUTF8(currentCodeset) {
      return .switched(from: original, to: candidate)
    }
    return .unavailable(from: original)
  }

  /// The character set of the current `LC_CTYPE` locale, as `nl_langinfo(CODESET)` names it.
  static var currentCodeset: String {
    guard let name = cncw_codeset() else { return "unknown" }
    return String(cString: name)
  }

  /// Whether a codeset name means UTF-8 (`UTF-8`, `utf8`, any case).
  static func isUTF8(_ codeset: String) -> Bool {
    let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return normalized == "utf8"
  }
}
