import CNCursesW

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts the terminal back to normal when the process ends without `CursesTerminal.close()`.
///
/// Covers SIGINT, SIGTERM, SIGHUP and SIGQUIT (restore, then die of the same signal), crash
/// signals (restore, then let the previous handler or the default action run) and `exit()`
/// (an `atexit` hook). The app still calls `close()` itself on every normal path, usually in a
/// `defer` right after `open`, which also covers Swift errors escaping `main`.
enum TerminalRestoration {
  /// Whether a curses screen is open and must be ended before the process goes.
  ///
  /// Signal handlers and the atexit hook read it and cannot take locks, so it is a plain
  /// global; it is written only by `CursesTerminal.open` and `close`, on the thread that drives
  /// the terminal (one terminal per process).
  nonisolated(unsafe) static var screenIsOpen = false

  /// Whether the handlers and the atexit hook are in place; touched only by `install()`.
  nonisolated(unsafe) private static var installed = false

  /// Actions that were in place before ours, indexed by signal number.
  ///
  /// Allocated once and never freed, so that a signal handler can read it without allocating.
  nonisolated(unsafe) static var previousActions: UnsafeMutablePointer<sigaction>?

  /// Signals that end the process by default and that a user or a system sends on purpose.
  static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Signals a crash raises: a Swift runtime trap, a bad memory access, `abort()`.
  static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

  /// Size of `previousActions`: one slot per possible signal number.
  static let signalSlots = 65

  /// Installs the signal handlers and the atexit hook, once per process.
  static func install() {
    guard !installed else { return }
    installed = true
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
    actions.initialize(repeating: sigaction(), count: signalSlots)
    previousActions = actions
    for signal in terminatingSignals where signal < signalSlots {
      _ = cncw_install_handler(signal, restoreAndTerminate, actions + Int(signal))
    }
    for signal in crashSignals where signal < signalSlots {
      _ = cncw_install_handler(signal, restoreAndCrash, actions + Int(signal))
    }
    atexit { TerminalRestoration.restoreNow() }
  }

  /// Ends the curses screen if one is open: leaves the alternate screen, shows the cursor and
  /// puts back the terminal modes.
  static func restoreNow() {
    guard screenIsOpen else { return }
    screenIsOpen = false
    endwin()
  }
}

/// Handler for terminating signals: restore the terminal, then end the process by the signal.
private func restoreAndTerminate(_ signal: Int32) {
  TerminalRestoration.restoreNow()
  cncw_reraise_default(signal)
  _exit(128 + signal)
}

/// Handler for crash signals: restore the terminal, then hand the signal on.
///
/// The previous action goes back in place; for a fault the failing instruction runs again on
/// return and reaches it (the Swift backtracer, or the default core dump).
private func restoreAndCrash(_ signal: Int32) {
  TerminalRestoration.restoreNow()
  guard let actions = TerminalRestoration.previousActions, signal >= 0,
    signal < TerminalRestoration.signalSlots
  else {
    cncw_reraise_default(signal)
    return
  }
  let previous = actions + Int(signal)
  if cncw_action_is_default(previous) != 0 {
    cncw_reraise_default(signal)
  } else {
    cncw_restore_action(signal, previous)
  }
}
