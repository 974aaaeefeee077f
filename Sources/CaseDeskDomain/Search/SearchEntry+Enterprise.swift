extension SearchEntry {
  /// The search entry of an enterprise: the USCC as code, the name, the other texts a clerk
  /// types (short name, district, legal representative, address, industry) and the fields of
  /// `enterpriseFieldAliases`.
  ///
  /// `commissionerName` is the current commissioner's name (the id is used when nil).
  public static func enterprise(_ enterprise: Enterprise, commissionerName: String?)
    -> SearchEntry
  {
    let status = PositiveListRules.statusTitle(enterprise.positiveList)
    var fields: [String: [String]] = [
      "code": [enterprise.uscc],
      "district": [enterprise.district],
      "tier": enterprise.tier == .key ? ["key", "重点"] : ["general", "一般"],
      "listed": enterprise.positiveList == .listed ? ["yes", "是"] : ["no", "否"],
      "positive": [enterprise.positiveList.rawValue, status.zh, status.en],
      "industry": [enterprise.industry],
      "ownership": [enterprise.ownership],
      "tag": enterprise.tags,
      "keyunit": enterprise.isKeyDischargeUnit ? ["yes", "是"] : ["no", "否"],
    ]
    if let commissioner = enterprise.commissioner {
      fields["commissioner"] = [commissionerName ?? commissioner.raw]
    }
    return SearchEntry(
      id: enterprise.uscc, code: enterprise.uscc, name: enterprise.name,
      texts: [
        enterprise.shortName, enterprise.district, enterprise.legalRepresentative,
        enterprise.address, enterprise.industry,
      ],
      fields: fields)
  }

  /// Field names a query may use for enterprise entries (Chinese and English, any case) and the
  /// canonical field of each.
  public static let enterpriseFieldAliases: [String: String] = [
    "code": "code", "uscc": "code", "信用代码": "code", "统一社会信用代码": "code", "代码": "code",
    "district": "district", "区县": "district", "区": "district", "县": "district",
    "tier": "tier", "类别": "tier", "监管类别": "tier",
    "listed": "listed", "清单": "listed", "正面清单": "listed",
    "positive": "positive", "status": "positive", "清单状态": "positive", "状态": "positive",
    "industry": "industry", "行业": "industry",
    "ownership": "ownership", "所有制": "ownership",
    "commissioner": "commissioner", "专员": "commissioner", "服务专员": "commissioner",
    "tag": "tag", "tags": "tag", "标签": "tag",
    "keyunit": "keyunit", "重点排污": "keyunit", "重点排污单位": "keyunit",
  ]
}
