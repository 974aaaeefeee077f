import Testing

@testable import CaseDeskDomain

/// The byte-level check of codes agrees with the character-level definition it short-cuts.
@Suite struct UnifiedSocialCreditCodeByteCheckTests {
  /// The check on characters, as the definition states it.
  static func referenceCheck(_ text: String) -> String? {
    let characters = Array(text.uppercased())
    guard characters.count == 18 else { return nil }
    var values: [Int] = []
    for character in characters {
      guard let value = UnifiedSocialCreditCode.alphabet.firstIndex(of: character) else {
        return nil
      }
      values.append(value)
    }
    var sum = 0
    for (value, weight) in zip(values.prefix(17), UnifiedSocialCreditCode.weights) {
      sum += value * weight
    }
    return values[17] == (31 - sum % 31) % 31 ? String(characters) : nil
  }

  @Test func theByteCheckAgreesWithTheCharacterCheck() throws {
    var generator = SystemRandomNumberGenerator()
    let symbols = Array("0123456789ABCDEFGHJKLMNPQRTUWXYabcdefghjklmnpqrtuwxyIOSVZioszv-é码 ")
    var accepted = 0
    for round in 0..<20_000 {
      var body = (0..<17).map { _ in
        UnifiedSocialCreditCode.alphabet[Int.random(in: 0..<31, using: &generator)]
      }
      if round % 3 == 0 {
        body[Int.random(in: 0..<17, using: &generator)] =
          symbols[Int.random(in: 0..<symbols.count, using: &generator)]
      }
      let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
      var text = String(body)
      if values.count == 17, round % 5 != 0 {
        text.append(UnifiedSocialCreditCode.checkCharacter(forValues: values))
      } else {
        text.append(symbols[Int.random(in: 0..<symbols.count, using: &generator)])
      }
      if round % 7 == 0 { text = text.lowercased() }
      if round % 11 == 0 { text = String(text.dropLast()) }
      let expected = Self.referenceCheck(text)
      #expect(UnifiedSocialCreditCode.checkedBytes(text) == expected, "\(text)")
      #expect((try? UnifiedSocialCreditCode(text))?.text == expected, "\(text)")
      if expected != nil { accepted += 1 }
    }
    #expect(accepted > 5_000)
  }

  @Test func failuresStillNameTheirProblem() {
    #expect(throws: UnifiedSocialCreditCode.Problem.wrongLength(19)) {
      try UnifiedSocialCreditCode("9144030019220382160")
    }
    #expect(throws: UnifiedSocialCreditCode.Problem.invalidCharacter("码", position: 18)) {
      try UnifiedSocialCreditCode("91440300192203821码")
    }
    #expect(
      throws: UnifiedSocialCreditCode.Problem.checkCharacterMismatch(expected: "T", found: "U")
    ) {
      try UnifiedSocialCreditCode("91440300708461136u")
    }
  }

  @Test func normalizingUpperCasesOnlyWhenNeeded() {
    #expect(
      UnifiedSocialCreditCode.normalized(" 91440300708461136t\u{3000}") == "91440300708461136T")
    #expect(UnifiedSocialCreditCode.normalized("91440300708461136T") == "91440300708461136T")
    #expect(UnifiedSocialCreditCode.normalized("ß") == "SS")
    #expect(UnifiedSocialCreditCode.normalized("\t") == "")
  }
}
