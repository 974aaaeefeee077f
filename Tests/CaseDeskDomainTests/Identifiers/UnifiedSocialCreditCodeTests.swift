import CaseDeskDomain
import Testing

@Suite struct UnifiedSocialCreditCodeTests {
  @Test(arguments: ["914403001922038216", "91440300708461136T", "91440300708461136t"])
  func realCodesPass(_ text: String) throws {
    let code = try UnifiedSocialCreditCode(text)
    #expect(code.text == text.uppercased())
  }

  @Test func oneChangedCharacterFails() {
    #expect(
      throws: UnifiedSocialCreditCode.Problem.checkCharacterMismatch(expected: "6", found: "7")
    ) {
      try UnifiedSocialCreditCode("914403001922038217")
    }
    #expect(throws: UnifiedSocialCreditCode.Problem.self) {
      try UnifiedSocialCreditCode("914403001922038226")
    }
  }

  @Test func wrongLengthAndForbiddenLetters() {
    #expect(throws: UnifiedSocialCreditCode.Problem.wrongLength(17)) {
      try UnifiedSocialCreditCode("91440300192203821")
    }
    #expect(throws: UnifiedSocialCreditCode.Problem.invalidCharacter("I", position: 2)) {
      try UnifiedSocialCreditCode("9I4403001922038216")
    }
  }
}
