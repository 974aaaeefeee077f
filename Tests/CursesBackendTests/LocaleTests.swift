import Testing

@testable import CursesBackend

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct CodesetNameTests {
  @Test func utf8SpellingsAreRecognised() {
    for name in ["UTF-8", "utf8", "utf-8", "UTF_8"] {
      #expect(CursesTerminal.isUTF8(name), "\(name)")
    }
    for name in ["ANSI_X3.4-1968", "GB18030", "ISO-8859-1", ""] {
      #expect(!CursesTerminal.isUTF8(name), "\(name)")
    }
  }
}

extension ProcessStateTests {
  /// `prepareLocale` changes the process locale and reads the environment.
  @Suite struct LocaleTests {
    /// Runs `body` with `LC_ALL` set to `value`, then puts the environment and locale back.
    func withLocaleEnvironment(_ value: String, _ body: () -> Void) {
      let saved = getenv("LC_ALL").map { String(cString: $0) }
      setenv("LC_ALL", value, 1)
      body()
      if let saved { setenv("LC_ALL", saved, 1) } else { unsetenv("LC_ALL") }
      _ = setlocale(LC_ALL, "C.UTF-8")
    }

    @Test func plainCLocaleFallsBackToUTF8WithANote() {
      withLocaleEnvironment("C") {
        let fallback = CursesTerminal.prepareLocale()
        #expect(fallback == .switched(from: "ANSI_X3.4-1968", to: "C.UTF-8"))
        #expect(CursesTerminal.isUTF8(CursesTerminal.currentCodeset))
      }
    }

    @Test func utf8LocaleNeedsNoNote() {
      withLocaleEnvironment("C.UTF-8") {
        #expect(CursesTerminal.prepareLocale() == nil)
        #expect(CursesTerminal.isUTF8(CursesTerminal.currentCodeset))
      }
    }
  }
}
