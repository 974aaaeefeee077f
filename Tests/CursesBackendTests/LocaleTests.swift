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
  /// `prepareLocale` changes the process locale.
  @Suite struct LocaleTests {
    @Test func plainCLocaleFallsBackToUTF8WithANote() {
      defer { _ = setlocale(LC_ALL, "C.UTF-8") }
      let fallback = CursesTerminal.prepareLocale(requested: "C")
      #expect(fallback == .switched(from: "ANSI_X3.4-1968", to: "C.UTF-8"))
      #expect(CursesTerminal.isUTF8(CursesTerminal.currentCodeset))
    }

    @Test func utf8LocaleNeedsNoNote() {
      defer { _ = setlocale(LC_ALL, "C.UTF-8") }
      #expect(CursesTerminal.prepareLocale(requested: "C.UTF-8") == nil)
      #expect(CursesTerminal.isUTF8(CursesTerminal.currentCodeset))
    }
  }
}
