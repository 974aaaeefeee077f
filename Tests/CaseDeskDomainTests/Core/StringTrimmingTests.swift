import Testing

@testable import CaseDeskDomain

/// Trimming's fast paths agree with the Unicode definition they short-cut.
@Suite struct StringTrimmingTests {
  /// Trimming as the definition states it: every white-space scalar off both ends.
  static func referenceTrim(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars[first...last])
    return result
  }

  @Test(arguments: [
    "", " ", "\u{3000}", "鞍山市 钢铁", " 鞍山\u{3000}", "\u{3000}鞍山", "abc", "\tabc\r\n",
    "\u{A0}名称\u{A0}", "名称\u{2003}", "\u{85}x", "x\u{85}", "a b", "  \u{3000}  ", "é", "e\u{301}",
  ])
  func trimmingAgreesWithTheDefinition(_ text: String) {
    #expect(text.trimmingSpaces == Self.referenceTrim(text))
  }

  @Test func theWhiteSpaceListMatchesTheUnicodeProperty() {
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if scalar.isWhiteSpace != scalar.properties.isWhitespace { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty)
  }
}
