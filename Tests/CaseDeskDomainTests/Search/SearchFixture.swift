@testable import CaseDeskDomain

/// A small register of enterprises chosen to exercise every kind of match.
enum SearchFixture {
  static func code(_ serial: Int) -> String {
    let digits = String(serial)
    return "91210300M" + String(repeating: "0", count: 9 - digits.count) + digits
  }

  static let enterprises: [Enterprise] = [
    Enterprise(
      uscc: code(10), name: "鞍山钢铁集团有限公司", shortName: "鞍钢", district: "铁西区",
      industry: "钢铁", tier: .key, isKeyDischargeUnit: true, address: "铁西区建设大道8号",
      legalRepresentative: "张长海", commissioner: StaffID("staff-1"), tags: ["信访"],
      positiveList: .listed),
    Enterprise(
      uscc: code(20), name: "长沙银行股份有限公司", shortName: "长沙银行", district: "立山区",
      industry: "金融", address: "立山区胜利北路1号", legalRepresentative: "李明"),
    Enterprise(
      uscc: code(30), name: "重庆行远化工有限公司", shortName: "行远化工", district: "铁东区",
      industry: "化工", tier: .key, address: "铁东区园林路3号", legalRepresentative: "王伟",
      positiveList: .candidate),
    Enterprise(
      uscc: code(40), name: "海城市鑫达镁业有限公司", shortName: "鑫达镁业", district: "海城市",
      industry: "菱镁", address: "海城市八里镇镁业路5号", legalRepresentative: "赵强"),
    Enterprise(
      uscc: code(50), name: "鞍山市铁西区恒盛特钢有限公司", shortName: "恒盛特钢", district: "铁西区",
      industry: "钢铁", tier: .key, address: "铁西区人民路9号", legalRepresentative: "刘芳",
      positiveList: .listed),
    Enterprise(
      uscc: code(60), name: "台安县宏达钢铁有限责任公司", shortName: "宏达钢铁", district: "台安县",
      industry: "钢铁", address: "台安县台安镇工业园区", legalRepresentative: "陈静"),
    Enterprise(
      uscc: code(70), name: "海城鎂業鋼鐵廠", shortName: "", district: "海城市", industry: "钢铁",
      address: "", legalRepresentative: ""),
    Enterprise(
      uscc: code(80), name: "ABC环保科技有限公司", shortName: "ABC环保", district: "铁西区",
      industry: "污水处理", tier: .key, address: "铁西区永乐街2号", legalRepresentative: "周杰",
      positiveList: .suspended),
  ]

  static let entries = enterprises.map {
    SearchEntry.enterprise($0, commissionerName: $0.commissioner == nil ? nil : "孙丽")
  }

  static func index() -> SearchIndex {
    SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases)
  }

  /// The ranked positions for `text`.
  static func search(_ text: String, in index: SearchIndex = index()) -> [Int] {
    index.search(SearchQuery.parse(text, fieldAliases: SearchEntry.enterpriseFieldAliases))
  }
}
