import CaseDeskDomain
import TerminalUI

/// The positive list pane's columns: titles, widths, cell texts and sort keys.
enum PositiveListColumn {
  static let name = "name"
  static let uscc = "uscc"
  static let tier = "tier"
  static let district = "district"
  static let status = "status"
  static let since = "since"
  static let basis = "basis"
  static let nextReview = "nextReview"
  static let commissioner = "commissioner"
  static let openClues = "openClues"
  /// The on-site inspections of the year (the audit of "无事不扰").
  static let onSite = "onSite"

  /// Every column, in the pane's order (the column chooser lists them).
  static let all = [
    name, tier, district, status, since, basis, nextReview, commissioner, openClues, onSite, uscc,
  ]

  /// The columns shown by default at a width of the list's inside, most important first; the
  /// on-site count joins wherever the open clues show.
  static func defaultIDs(forListWidth inner: Int) -> [String] {
    if inner >= 108 {
      return [
        name, tier, district, status, since, basis, nextReview, commissioner, openClues, onSite,
      ]
    }
    if inner >= 78 { return [name, district, status, since, nextReview, openClues, onSite] }
    if inner >= 56 { return [name, status, nextReview, onSite] }
    return [name, status]
  }

  /// A column's header text.
  static func title(_ id: String, strings: Strings) -> String {
    switch id {
    case uscc: return strings[.columnUSCC]
    case tier: return strings[.columnTier]
    case district: return strings[.columnDistrict]
    case status: return strings[.columnStanding]
    case since: return strings[.columnSince]
    case basis: return strings[.columnBasis]
    case nextReview: return strings[.columnNextReview]
    case commissioner: return strings[.columnCommissioner]
    case openClues: return strings[.columnOpenClues]
    case onSite: return strings[.columnOnSite]
    default: return strings[.columnName]
    }
  }

  /// A column's width rule.
  static func width(_ id: String) -> ColumnWidth {
    switch id {
    case name: return .flexible(min: 12, weight: 1)
    case uscc: return .fixed(18)
    case tier: return .fixed(4)
    case district: return .fixed(8)
    case status: return .fixed(8)
    case since, nextReview: return .fixed(10)
    case basis: return .fixed(14)
    case commissioner: return .fixed(8)
    default: return .fixed(6)
    }
  }

  /// The cell text of a row in a column.
  static func text(_ row: PositiveListRow, column id: String, strings: Strings) -> String {
    switch id {
    case uscc: return row.enterprise.uscc
    case tier: return strings[row.enterprise.tier == .key ? .tierKey : .tierGeneral]
    case district: return row.enterprise.district
    case status: return statusText(row, strings: strings)
    case since: return row.since?.description ?? ""
    case basis: return strings.localized(row.basis)
    case nextReview: return row.nextReview?.description ?? ""
    case commissioner: return row.commissionerName ?? strings[.none]
    case openClues: return String(row.openClues)
    case onSite: return String(row.onSiteCount)
    default: return (row.needsReview ? "! " : "") + row.name
    }
  }

  /// The standing as the pane says it; an enterprise that only qualifies is a candidate.
  static func statusText(_ row: PositiveListRow, strings: Strings) -> String {
    row.status == .notListed && row.isEligible
      ? strings[.positiveEligible]
      : EnterpriseColumn.positiveListText(row.status, strings: strings)
  }

  /// The role a cell is drawn in, when it differs from the row's.
  static func role(_ row: PositiveListRow, column id: String) -> StyleRole? {
    switch id {
    case name: return row.needsReview ? .clockOverdue : nil
    case status:
      switch row.status {
      case .listed: return "status.positive.listed"
      case .candidate, .notListed: return "status.positive.candidate"
      case .suspended: return "status.positive.suspended"
      case .removed: return "status.positive.removed"
      }
    case nextReview: return row.isReviewOverdue ? .clockOverdue : nil
    case tier: return row.enterprise.tier == .key ? "tier.key" : nil
    case onSite:
      let unexplained = row.onSiteInspections.contains {
        $0.isPositiveListException && $0.reason == nil
      }
      return unexplained ? .clockOverdue : nil
    default: return nil
    }
  }

  /// The value a column sorts by: numbers sort as numbers, dates as dates, text by code points.
  static func sortKey(_ row: PositiveListRow, column id: String, strings: Strings) -> String {
    switch id {
    case openClues: return paddedNumber(row.openClues)
    case onSite: return paddedNumber(row.onSiteCount)
    case name: return row.name
    default: return text(row, column: id, strings: strings)
    }
  }

  /// A count as a sort key: zero-padded so that numbers sort as numbers.
  static func paddedNumber(_ value: Int) -> String {
    let digits = String(max(0, value))
    return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
  }

  /// The table column for an id; columns of fixed words are as wide as their widest word.
  static func tableColumn(_ id: String, strings: Strings) -> TableColumn {
    var columnWidth = width(id)
    let words: [StringKey]
    switch id {
    case tier: words = [.tierKey, .tierGeneral]
    case status:
      words = [
        .positiveEligible, .positiveCandidate, .positiveListed, .positiveSuspended,
        .positiveRemoved,
      ]
    case since, nextReview:
      let header = DisplayWidth.columns(title(id, strings: strings))
      columnWidth = .fixed(max(10, min(12, header)))
      words = []
    case onSite, openClues:
      let header = DisplayWidth.columns(title(id, strings: strings))
      columnWidth = .fixed(max(4, header))
      words = []
    default: words = []
    }
    if !words.isEmpty {
      columnWidth = .fitting(words: words.map { strings[$0] }, header: title(id, strings: strings))
    }
    return TableColumn(
      id: id, title: title(id, strings: strings), width: columnWidth,
      alignment: id == openClues || id == onSite ? .right : .left)
  }
}
