import CNCursesW
import Testing

@testable import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

extension ProcessStateTests {
  /// `DisplayWidth` must agree with glibc `wcwidth`, which ncursesw uses to place characters.
  @Suite struct WidthAgreementTests {
    @Test func displayWidthEqualsWcwidthForEveryCodePoint() throws {
      try #require(setlocale(LC_ALL, "C.UTF-8") != nil, "the C.UTF-8 locale is missing")
      var mismatches: [String] = []
      var count = 0
      var checked = 0
      for value in UInt32(0)...0x10_FFFF {
        guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
        checked += 1
        let expected = Int(wcwidth(wchar_t(bitPattern: value)))
        let actual = DisplayWidth.of(scalar)
        if actual != expected {
          count += 1
          if mismatches.count < 10 {
            let hex = String(value, radix: 16, uppercase: true)
            mismatches.append("U+\(hex): DisplayWidth \(actual), wcwidth \(expected)")
          }
        }
      }
      #expect(checked == 0x11_0000 - 0x800)
      #expect(
        count == 0,
        """
        \(count) code points disagree; first: \(mismatches.joined(separator: "; ")). \
        Regenerate with scripts/generate-width-table.sh.
        """)
    }
  }
}
