/// The facts recorded about the bureau's settings.
public enum SettingsChange: Equatable, Sendable {
  case caseNumberPrefixSet(String)
  case positiveListAdmissionApprovalSet(required: Bool)
  case deadlineRuleSet(DeadlineRule)
}
