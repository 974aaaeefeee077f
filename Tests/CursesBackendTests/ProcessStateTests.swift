import Testing

/// Tests that touch process-wide state (the locale, the one curses screen), run one at a time.
@Suite(.serialized) enum ProcessStateTests {}
