/// Why the domain refused a command.
///
/// Invalid input, a role that may not act, a rule, a record that does not exist, or one that
/// may no longer change. Nothing changes when a command is refused.
public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Hashable, Sendable {
    /// Input failed validation; `problems` names every field.
    case invalidInput
    /// The operator's roles do not allow the action.
    case notPermitted
    /// A legal or bureau rule forbids the change in the record's current state.
    case ruleViolated
    /// The record named does not exist.
    case notFound
    /// The record may not change any more (an archived case).
    case readOnly
  }

  public var kind: Kind
  public var message: LocalizedText
  public var problems: [ValidationProblem]

  public init(_ kind: Kind, _ message: LocalizedText, problems: [ValidationProblem] = []) {
    self.kind = kind
    self.message = message
    self.problems = problems
  }

  /// A refusal for invalid input, listing every problem.
  public static func invalid(_ problems: [ValidationProblem]) -> Refusal {
    Refusal(
      .invalidInput,
      LocalizedText(
        zh: "输入有 \(problems.count) 处问题", en: "The input has \(problems.count) problem(s)"),
      problems: problems)
  }

  /// A refusal because a rule forbids the change.
  public static func rule(zh: String, en: String) -> Refusal {
    Refusal(.ruleViolated, LocalizedText(zh: zh, en: en))
  }

  /// A refusal because a record is missing; `what` names its kind in both languages.
  public static func notFound(_ what: LocalizedText, _ id: String) -> Refusal {
    Refusal(
      .notFound, LocalizedText(zh: "找不到\(what.zh)：\(id)", en: "No such \(what.en): \(id)"))
  }

  public var description: String {
    ([kind.rawValue + ": " + message.en] + problems.map(\.description)).joined(separator: "; ")
  }
}
