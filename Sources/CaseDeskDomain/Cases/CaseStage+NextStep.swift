extension CaseStage {
  /// What must happen next at this stage, in both languages (what "my queue" says to do).
  public var nextStepTitle: LocalizedText {
    switch self {
    case .opened: return LocalizedText(zh: "审批立案", en: "Approve the filing")
    case .filed: return LocalizedText(zh: "开始调查取证", en: "Start the investigation")
    case .investigation: return LocalizedText(zh: "调查取证、提交调查报告", en: "Investigate and report")
    case .reported: return LocalizedText(zh: "案件审查", en: "Review the case")
    case .reviewed: return LocalizedText(zh: "告知当事人或法制审核", en: "Give prior notice or legal review")
    case .notified: return LocalizedText(zh: "听证期满后推进决定", en: "Move to a decision")
    case .hearing: return LocalizedText(zh: "组织听证", en: "Hold the hearing")
    case .legalReviewed: return LocalizedText(zh: "集体讨论或作出决定", en: "Discuss or decide")
    case .discussed: return LocalizedText(zh: "作出处理决定", en: "Decide the case")
    case .decided: return LocalizedText(zh: "送达决定书", en: "Serve the decision")
    case .served: return LocalizedText(zh: "执行：收缴罚款", en: "Enforce: collect the fine")
    case .enforcement: return LocalizedText(zh: "执行或结案", en: "Enforce or close")
    case .closed, .withdrawn: return LocalizedText(zh: "归档", en: "Archive")
    case .archived: return LocalizedText(zh: "无", en: "Nothing")
    }
  }
}
