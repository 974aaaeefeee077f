extension SettingsChange {
  /// Records a settings change touches (none: settings are not a record).
  public var affectedRecords: [RecordRef] { [] }

  /// One line for the history view.
  public var summary: LocalizedText {
    switch self {
    case .caseNumberPrefixSet(let prefix):
      return LocalizedText(zh: "案号前缀改为 \(prefix)", en: "Case number prefix set to \(prefix)")
    case .positiveListAdmissionApprovalSet(let required):
      return required
        ? LocalizedText(zh: "正面清单纳入需领导审批", en: "Positive-list admissions need approval")
        : LocalizedText(zh: "正面清单纳入无需审批", en: "Positive-list admissions need no approval")
    case .deadlineRuleSet(let rule):
      return LocalizedText(
        zh: "期限“\(rule.title.zh)”改为 \(rule.amount)",
        en: "Deadline \(rule.title.en) set to \(rule.amount)")
    }
  }
}
