extension SearchEntry {
  /// The search entry of a case: its number as code, the enterprise's name, the violation and
  /// the officers' names as texts, and the fields of `caseFieldAliases` (stage, officer,
  /// overdue, decision, enterprise).
  public static func enforcementCase(
    _ record: EnforcementCase, enterpriseName: String, officerNames: [String], isOverdue: Bool
  ) -> SearchEntry {
    var fields: [String: [String]] = [
      "stage": [record.stage.rawValue, record.stage.title.zh, record.stage.title.en],
      "officer": officerNames + record.officers.map(\.raw),
      "overdue": isOverdue ? ["yes", "是"] : ["no", "否"],
      "enterprise": [enterpriseName, record.enterprise.raw],
    ]
    if let kind = record.decision?.decision.kind {
      fields["decision"] = [kind.rawValue, kind.title.zh, kind.title.en]
    }
    return SearchEntry(
      id: record.id.raw, code: record.number?.description ?? record.id.raw, name: enterpriseName,
      texts: [record.violation, record.legalBasis] + officerNames, fields: fields)
  }

  /// Field names a query may use for case entries (Chinese and English, any case) and the
  /// canonical field of each.
  public static let caseFieldAliases: [String: String] = [
    "stage": "stage", "阶段": "stage", "环节": "stage",
    "officer": "officer", "执法人员": "officer", "承办人": "officer",
    "overdue": "overdue", "逾期": "overdue", "超期": "overdue",
    "decision": "decision", "决定": "decision", "处理决定": "decision",
    "enterprise": "enterprise", "企业": "enterprise", "当事人": "enterprise",
  ]
}
