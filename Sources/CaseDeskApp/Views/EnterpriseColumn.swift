import CaseDeskDomain
import TerminalUI

/// The enterprise register's columns: titles, widths, cell texts and sort keys.
enum EnterpriseColumn {
  static let name = "name"
  static let shortName = "shortName"
  static let uscc = "uscc"
  static let district = "district"
  static let tier = "tier"
  static let ownership = "ownership"
  static let keyDischarge = "keyDischarge"
  static let positiveList = "positiveList"
  static let commissioner = "commissioner"
  static let openCases = "openCases"

  /// Every column, in the register's order (the column chooser lists them).
  static let all = [
    name, shortName, uscc, district, tier, ownership, keyDischarge, positiveList, commissioner,
    openCases,
  ]

  /// A column's header text.
  static func title(_ id: String, strings: Strings) -> String {
    switch id {
    case shortName: return strings[.columnShortName]
    case uscc: return strings[.columnUSCC]
    case district: return strings[.columnDistrict]
    case tier: return strings[.columnTier]
    case ownership: return strings[.columnOwnership]
    case keyDischarge: return strings[.columnKeyDischarge]
    case positiveList: return strings[.columnPositiveList]
    case commissioner: return strings[.columnCommissioner]
    case openCases: return strings[.columnOpenCases]
    default: return strings[.columnName]
    }
  }

  /// A column's width rule.
  static func width(_ id: String) -> ColumnWidth {
    switch id {
    case name: return .flexible(min: 12, weight: 1)
    case shortName: return .fixed(8)
    case uscc: return .fixed(18)
    case district: return .fixed(8)
    case tier: return .fixed(4)
    case ownership: return .fixed(6)
    case keyDischarge: return .fixed(4)
    case positiveList: return .fixed(10)
    case commissioner: return .fixed(8)
    default: return .fixed(8)
    }
  }

  /// The cell text of a record in a column.
  static func text(_ record: EnterpriseRow, column id: String, strings: Strings) -> String {
    switch id {
    case shortName: return record.shortName
    case uscc: return record.uscc
    case district: return record.district
    case tier: return strings[record.tier == .key ? .tierKey : .tierGeneral]
    case ownership: return record.ownership
    case keyDischarge: return strings[record.isKeyDischargeUnit ? .yes : .no]
    case positiveList: return positiveListText(record.positiveList, strings: strings)
    case commissioner: return record.commissioner ?? strings[.none]
    case openCases: return String(record.openCases)
    default: return record.name
    }
  }

  /// The role a cell is drawn in, when it differs from the row's.
  static func role(_ record: EnterpriseRow, column id: String) -> StyleRole? {
    switch id {
    case positiveList:
      switch record.positiveList {
      case .listed: return "status.positive.listed"
      case .candidate: return "status.positive.candidate"
      case .suspended: return "status.positive.suspended"
      case .removed: return "status.positive.removed"
      case .notListed: return nil
      }
    case tier: return record.tier == .key ? "tier.key" : nil
    default: return nil
    }
  }

  /// The value a column sorts by: numbers sort as numbers, text by its code points.
  static func sortKey(_ record: EnterpriseRow, column id: String, strings: Strings) -> String {
    if id == openCases {
      let digits = String(record.openCases)
      return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }
    return text(record, column: id, strings: strings)
  }

  /// The text of a positive-list status.
  static func positiveListText(_ status: PositiveListStatus, strings: Strings)
    -> String
  {
    switch status {
    case .notListed: return strings[.positiveNotListed]
    case .candidate: return strings[.positiveCandidate]
    case .listed: return strings[.positiveListed]
    case .suspended: return strings[.positiveSuspended]
    case .removed: return strings[.positiveRemoved]
    }
  }

  /// The table column for an id.
  ///
  /// Columns of fixed words are as wide as their widest word in the user's language.
  static func tableColumn(_ id: String, strings: Strings) -> TableColumn {
    var columnWidth = width(id)
    let words: [StringKey]
    switch id {
    case tier: words = [.tierKey, .tierGeneral]
    case positiveList:
      words = [
        .positiveNotListed, .positiveCandidate, .positiveListed, .positiveSuspended,
        .positiveRemoved,
      ]
    default: words = []
    }
    if !words.isEmpty {
      columnWidth = .fitting(words: words.map { strings[$0] }, header: title(id, strings: strings))
    }
    return TableColumn(
      id: id, title: title(id, strings: strings), width: columnWidth,
      alignment: id == openCases ? .right : .left)
  }
}
