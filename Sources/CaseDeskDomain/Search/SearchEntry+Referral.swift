extension SearchEntry {
  /// A referral as a search entry: the case number as its code, the enterprise's name, the
  /// responsible persons and the police unit as texts, and the fields of
  /// `referralFieldAliases` (type, stage, overdue, police, enterprise).
  public static func referral(
    _ record: Referral, caseNumber: String, enterpriseName: String, isOverdue: Bool
  ) -> SearchEntry {
    var fields: [String: [String]] = [
      "type": [record.kind.rawValue, record.kind.title.zh, record.kind.title.en],
      "stage": [record.stage.rawValue, record.stage.title.zh, record.stage.title.en],
      "overdue": isOverdue ? ["yes", "是"] : ["no", "否"],
      "enterprise": [enterpriseName, record.enterprise.raw],
    ]
    let policeUnit = record.handOver?.policeUnit
    if let policeUnit { fields["police"] = [policeUnit] }
    return SearchEntry(
      id: record.id.raw, code: caseNumber, name: enterpriseName,
      texts: record.responsiblePersons + [policeUnit].compactMap { $0 }, fields: fields)
  }

  /// Field names a query may use for referral entries (Chinese and English, any case) and the
  /// canonical field of each.
  public static let referralFieldAliases: [String: String] = [
    "type": "type", "kind": "type", "类型": "type", "类别": "type",
    "stage": "stage", "阶段": "stage", "环节": "stage",
    "overdue": "overdue", "逾期": "overdue", "超期": "overdue",
    "police": "police", "公安": "police",
    "enterprise": "enterprise", "企业": "enterprise", "当事人": "enterprise",
  ]
}
