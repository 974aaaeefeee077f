import CaseDeskDomain

/// A column of the enterprise CSV that import reads and export writes.
///
/// The importable columns map to enterprise fields; `positiveList`, `commissioner` and
/// `openCases` are read-only facts that export adds and import ignores.
public enum ExchangeColumn: String, Sendable, CaseIterable {
  case uscc
  case name
  case shortName
  case district
  case industry
  case ownership
  case tier
  case keyDischargeUnit
  case address
  case legalRepresentative
  case contactPerson
  case contactPhone
  case tags
  case notes
  case positiveList
  case commissioner
  case openCases

  /// The columns import reads, in export order.
  public static let importable: [ExchangeColumn] = [
    .uscc, .name, .shortName, .district, .industry, .ownership, .tier, .keyDischargeUnit,
    .address, .legalRepresentative, .contactPerson, .contactPhone, .tags, .notes,
  ]

  /// Every column export writes by default: the importable ones, then the read-only facts.
  public static let defaultExport: [ExchangeColumn] =
    importable + [
      .positiveList, .commissioner, .openCases,
    ]

  /// The column's position in `allCases`.
  var ordinal: Int {
    switch self {
    case .uscc: return 0
    case .name: return 1
    case .shortName: return 2
    case .district: return 3
    case .industry: return 4
    case .ownership: return 5
    case .tier: return 6
    case .keyDischargeUnit: return 7
    case .address: return 8
    case .legalRepresentative: return 9
    case .contactPerson: return 10
    case .contactPhone: return 11
    case .tags: return 12
    case .notes: return 13
    case .positiveList: return 14
    case .commissioner: return 15
    case .openCases: return 16
    }
  }

  /// Whether import reads the column.
  public var isImportable: Bool { Self.importable.contains(self) }

  /// The header export writes, in both languages (import reads both).
  public var header: LocalizedText {
    switch self {
    case .uscc: return LocalizedText(zh: "统一社会信用代码", en: "USCC")
    case .name: return LocalizedText(zh: "企业名称", en: "Name")
    case .shortName: return LocalizedText(zh: "简称", en: "Short name")
    case .district: return LocalizedText(zh: "区县", en: "District")
    case .industry: return LocalizedText(zh: "行业", en: "Industry")
    case .ownership: return LocalizedText(zh: "所有制", en: "Ownership")
    case .tier: return LocalizedText(zh: "监管类别", en: "Tier")
    case .keyDischargeUnit: return LocalizedText(zh: "重点排污单位", en: "Key discharge unit")
    case .address: return LocalizedText(zh: "地址", en: "Address")
    case .legalRepresentative: return LocalizedText(zh: "法定代表人", en: "Legal representative")
    case .contactPerson: return LocalizedText(zh: "联系人", en: "Contact person")
    case .contactPhone: return LocalizedText(zh: "联系电话", en: "Contact phone")
    case .tags: return LocalizedText(zh: "标签", en: "Tags")
    case .notes: return LocalizedText(zh: "备注", en: "Notes")
    case .positiveList: return LocalizedText(zh: "正面清单状态", en: "Positive list")
    case .commissioner: return LocalizedText(zh: "服务专员", en: "Commissioner")
    case .openCases: return LocalizedText(zh: "在办案件数", en: "Open cases")
    }
  }

  /// Every header text that names the column, besides `header` and the raw value.
  var aliases: [String] {
    switch self {
    case .uscc: return ["信用代码", "社会信用代码", "unified social credit code", "credit code"]
    case .name: return ["名称", "单位名称", "企业名", "enterprise name", "company name"]
    case .shortName: return ["企业简称"]
    case .district: return ["所属区县", "区县（市）", "所在区县"]
    case .industry: return ["所属行业", "行业类别"]
    case .ownership: return ["企业性质", "所有制性质"]
    case .tier: return ["类别", "监管级别"]
    case .keyDischargeUnit: return ["是否重点排污单位", "key discharge"]
    case .address: return ["企业地址", "注册地址"]
    case .legalRepresentative: return ["法人", "法人代表", "legal rep"]
    case .contactPerson: return ["contact"]
    case .contactPhone: return ["电话", "phone"]
    case .tags: return ["tag"]
    case .notes: return ["note"]
    case .positiveList: return ["正面清单", "positive list status"]
    case .commissioner: return ["commissioner name"]
    case .openCases: return ["在办案件"]
    }
  }

  /// The column a header names (ignoring case, spaces, `_` and `-`), nil when none does.
  public static func named(_ header: String) -> ExchangeColumn? {
    lookup[normalizedHeader(header)]
  }

  /// A header as compared: lower-case, without spaces (ASCII or ideographic), `_` or `-`.
  static func normalizedHeader(_ header: String) -> String {
    String(
      String.UnicodeScalarView(
        header.lowercased().unicodeScalars.filter {
          !($0 == " " || $0 == "\t" || $0 == "_" || $0 == "-" || $0 == "\u{3000}"
            || $0 == "\u{FEFF}")
        }))
  }

  private static let lookup: [String: ExchangeColumn] = {
    var table: [String: ExchangeColumn] = [:]
    for column in allCases {
      for text in [column.rawValue, column.header.zh, column.header.en] + column.aliases {
        table[normalizedHeader(text)] = column
      }
    }
    return table
  }()
}
