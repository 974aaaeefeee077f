extension Inspection.Outcome {
  /// The outcome's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .compliant: return LocalizedText(zh: "未发现问题", en: "compliant")
    case .problemsFound: return LocalizedText(zh: "发现问题", en: "problems found")
    case .healthCheckForm: return LocalizedText(zh: "开具体检单", en: "health-check form issued")
    case .caseOpened: return LocalizedText(zh: "立案查处", en: "case opened")
    }
  }
}

extension Inspection.Evaluation {
  /// The evaluation's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .satisfied: return LocalizedText(zh: "满意", en: "satisfied")
    case .basicallySatisfied: return LocalizedText(zh: "基本满意", en: "basically satisfied")
    case .notSatisfied: return LocalizedText(zh: "不满意", en: "not satisfied")
    }
  }
}

extension Inspection.Stage {
  /// The stage's name in both languages.
  public var title: LocalizedText {
    switch self {
    case .planned: return LocalizedText(zh: "待审批", en: "awaiting approval")
    case .approved: return LocalizedText(zh: "已审批", en: "approved")
    case .scannedIn: return LocalizedText(zh: "已扫码入企", en: "scanned in")
    case .resultRecorded: return LocalizedText(zh: "已录入结果", en: "result recorded")
    case .evaluated: return LocalizedText(zh: "企业已评价", en: "evaluated")
    case .filed: return LocalizedText(zh: "已归档", en: "filed")
    case .withdrawn: return LocalizedText(zh: "已撤回", en: "withdrawn")
    }
  }
}
