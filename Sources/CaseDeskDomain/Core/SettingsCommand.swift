/// What an approver asks of the bureau's settings.
public enum SettingsCommand: Equatable, Sendable {
  /// Sets the case number prefix (`鞍环罚`).
  case setCaseNumberPrefix(String)
  /// Sets whether positive-list admissions need an approver's approval.
  case setPositiveListAdmissionApproval(required: Bool)
  /// Replaces one legal clock (when the law changes).
  case setDeadlineRule(DeadlineRule)
}
