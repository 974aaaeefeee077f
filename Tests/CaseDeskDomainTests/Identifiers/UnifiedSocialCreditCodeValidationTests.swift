import CaseDeskDomain
import Testing

@Suite struct UnifiedSocialCreditCodeValidationTests {
  @Test(arguments: ["914403001922038216", "91440300708461136T", " 91440300708461136t "])
  func validCodesHaveNoProblems(_ text: String) {
    #expect(UnifiedSocialCreditCode.problems(in: text, overrideReason: nil).isEmpty)
    #expect(UnifiedSocialCreditCode.normalized(text) == RegisterFixture_trim(text))
  }

  @Test func everyOneCharacterChangeFails() throws {
    let code = Array("914403001922038216")
    for position in 0..<18 {
      for symbol in UnifiedSocialCreditCode.alphabet where symbol != code[position] {
        var changed = code
        changed[position] = symbol
        #expect(throws: UnifiedSocialCreditCode.Problem.self) {
          try UnifiedSocialCreditCode(String(changed))
        }
      }
    }
  }

  @Test func aFailingCheckNeedsAnOverrideReason() {
    let problems = UnifiedSocialCreditCode.problems(
      in: "914403001922038217", overrideReason: "  ")
    #expect(problems.map(\.field) == ["uscc", "usccOverrideReason"])
    #expect(problems.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
    #expect(
      UnifiedSocialCreditCode.problems(in: "914403001922038217", overrideReason: "试点地区旧码")
        .isEmpty)
  }

  @Test func lengthAndLettersAreNeverOverridden() {
    for text in ["91440300192203821", "9I4403001922038216", "", "914403001922038216X"] {
      let problems = UnifiedSocialCreditCode.problems(in: text, overrideReason: "理由")
      #expect(problems.map(\.field) == ["uscc"], "\(text)")
    }
  }

  @Test func aValidCodeRefusesAnOverride() {
    let problems = UnifiedSocialCreditCode.problems(
      in: "914403001922038216", overrideReason: "不需要")
    #expect(problems.map(\.field) == ["usccOverrideReason"])
  }

  @Test func problemMessagesAreBilingual() {
    let problems: [UnifiedSocialCreditCode.Problem] = [
      .wrongLength(3), .invalidCharacter("O", position: 4),
      .checkCharacterMismatch(expected: "6", found: "7"),
    ]
    for problem in problems {
      #expect(!problem.message.zh.isEmpty && !problem.message.en.isEmpty)
    }
  }
}

private func RegisterFixture_trim(_ text: String) -> String {
  String(text.filter { $0 != " " }).uppercased()
}
