/// The rules of the bureau's settings: only an approver changes them, and every change is an
/// event like any other.
enum SettingsRules {
  static let action = LocalizedText(zh: "修改局设置", en: "Change the bureau's settings")

  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: SettingsCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    try actor.require([.approver], for: action)
    switch command {
    case .setCaseNumberPrefix(let prefix):
      let trimmed = prefix.trimmingSpaces
      var problems: [ValidationProblem] = []
      if trimmed.isEmpty {
        problems.append(
          ValidationProblem(field: "caseNumberPrefix", zh: "案号前缀不能为空", en: "The prefix is required")
        )
      }
      if trimmed.contains(where: { "〔〕[]0123456789号".contains($0) }) {
        problems.append(
          ValidationProblem(
            field: "caseNumberPrefix", zh: "前缀不能含年份括号、数字或“号”",
            en: "The prefix may not contain brackets, digits or 号"))
      }
      if !problems.isEmpty { throw .invalid(problems) }
      return [.settings(.caseNumberPrefixSet(trimmed))]
    case .setPositiveListAdmissionApproval(let required):
      return [.settings(.positiveListAdmissionApprovalSet(required: required))]
    case .setDeadlineRule(let rule):
      var problems: [ValidationProblem] = []
      if rule.amount <= 0 {
        problems.append(
          ValidationProblem(field: "rule.amount", zh: "期限必须大于 0", en: "The amount must be positive")
        )
      }
      if rule.extensions.contains(where: { $0 <= 0 }) {
        problems.append(
          ValidationProblem(
            field: "rule.extensions", zh: "延长期限必须大于 0", en: "Each extension must be positive"))
      }
      if rule.title.zh.isEmpty || rule.title.en.isEmpty {
        problems.append(
          ValidationProblem(
            field: "rule.title", zh: "期限名称（中英文）不能为空", en: "The title is required in both languages")
        )
      }
      if !problems.isEmpty { throw .invalid(problems) }
      return [.settings(.deadlineRuleSet(rule))]
    }
  }

  /// Applies one settings change.
  static func apply(_ change: SettingsChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    switch change {
    case .caseNumberPrefixSet(let prefix): state.settings.caseNumberPrefix = prefix
    case .positiveListAdmissionApprovalSet(let required):
      state.settings.positiveListAdmissionNeedsApproval = required
    case .deadlineRuleSet(let rule): state.settings.clocks.rules[rule.id] = rule
    }
  }
}
