extension UnifiedSocialCreditCode {
  /// The text a user typed, upper-cased and without surrounding spaces.
  public static func normalized(_ raw: String) -> String {
    let trimmed = raw.trimmingSpaces
    // Upper-casing changes nothing in ASCII text without lower-case letters: no copy then.
    if trimmed.utf8.allSatisfy({ $0 < 0x61 || ($0 > 0x7A && $0 < 0x80) }) { return trimmed }
    return trimmed.uppercased()
  }

  /// The problems with a code as a form field, in both languages.
  ///
  /// A code that fails only its check character is accepted with an override reason (some
  /// early pilot-region codes are legitimate yet fail the check, `domain.md`); a wrong length
  /// or a forbidden letter is never accepted. A reason given for a valid code is a problem too,
  /// so that no override is kept without need.
  public static func problems(
    in raw: String, overrideReason: String?, field: String = "uscc",
    overrideField: String = "usccOverrideReason"
  ) -> [ValidationProblem] {
    let reason = RegisterSupport.nonEmpty(overrideReason)
    do {
      _ = try UnifiedSocialCreditCode(normalized(raw))
      if reason != nil {
        return [
          ValidationProblem(
            field: overrideField, zh: "代码校验通过，无需填写例外理由",
            en: "The code is valid; no override reason is needed")
        ]
      }
      return []
    } catch {
      if case .checkCharacterMismatch = error, reason != nil { return [] }
      var problems = [ValidationProblem(field: field, message: error.message)]
      if case .checkCharacterMismatch = error {
        problems.append(
          ValidationProblem(
            field: overrideField,
            zh: "校验位不符的代码只有填写例外理由（如早期试点地区代码）才能登记",
            en: "A code failing its check character is accepted only with an override reason"))
      }
      return problems
    }
  }
}

extension UnifiedSocialCreditCode.Problem {
  /// What is wrong, in both languages.
  public var message: LocalizedText {
    switch self {
    case .wrongLength(let count):
      return LocalizedText(
        zh: "统一社会信用代码应为 18 位，现为 \(count) 位",
        en: "A unified social credit code has 18 characters, not \(count)")
    case .invalidCharacter(let character, let position):
      return LocalizedText(
        zh: "第 \(position) 位“\(character)”不是允许的字符（不用 I、O、S、V、Z）",
        en: "Character \(position) '\(character)' is not allowed (no I, O, S, V or Z)")
    case .checkCharacterMismatch(let expected, let found):
      return LocalizedText(
        zh: "校验位应为 \(expected)，实为 \(found)",
        en: "The check character should be \(expected), not \(found)")
    }
  }
}
