import CaseDeskDomain
import TerminalUI

/// The referrals pane's columns: titles, widths, cell texts and sort keys.
enum ReferralColumn {
  static let kind = "kind"
  static let caseNumber = "case"
  static let enterprise = "enterprise"
  static let persons = "persons"
  static let stage = "stage"
  static let clock = "clock"
  static let timeLeft = "left"
  static let police = "police"
  static let decision = "decision"

  /// Every column, in the pane's order (the column chooser lists them).
  static let all = [
    kind, caseNumber, enterprise, persons, stage, clock, timeLeft, police, decision,
  ]

  /// The columns shown by default for the list's inside width, most important first.
  static func defaultIDs(forListWidth inner: Int) -> [String] {
    if inner >= 120 {
      return [kind, caseNumber, enterprise, persons, stage, clock, timeLeft, police, decision]
    }
    if inner >= 96 { return [kind, caseNumber, enterprise, stage, clock, timeLeft, decision] }
    if inner >= 76 { return [kind, caseNumber, enterprise, stage, timeLeft] }
    if inner >= 56 { return [kind, enterprise, stage, timeLeft] }
    return [enterprise, timeLeft]
  }

  /// A column's header text.
  static func title(_ id: String, strings: Strings) -> String {
    switch id {
    case kind: return strings[.referralColumnKind]
    case caseNumber: return strings[.referralColumnCase]
    case persons: return strings[.referralColumnPersons]
    case stage: return strings[.referralColumnStage]
    case clock: return strings[.referralColumnClock]
    case timeLeft: return strings[.referralColumnLeft]
    case police: return strings[.referralColumnPolice]
    case decision: return strings[.referralColumnDecision]
    default: return strings[.referralColumnEnterprise]
    }
  }

  /// A column's width rule.
  static func width(_ id: String) -> ColumnWidth {
    switch id {
    case kind: return .fixed(9)
    case caseNumber: return .fixed(18)
    case enterprise: return .flexible(min: 12, weight: 2)
    case persons: return .flexible(min: 8, weight: 1)
    case stage: return .flexible(min: 12, weight: 1)
    case clock: return .flexible(min: 14, weight: 1)
    case timeLeft: return .fixed(15)
    case police: return .flexible(min: 10, weight: 1)
    default: return .fixed(10)
    }
  }

  /// The cell text of a row in a column.
  static func text(_ row: ReferralRow, column id: String, strings: Strings) -> String {
    switch id {
    case kind:
      return strings[row.record.kind == .crime ? .referralKindCrime : .referralKindDetention]
    case caseNumber: return row.caseNumber
    case persons: return row.record.responsiblePersons.joined(separator: "、")
    case stage: return strings.localized(row.record.stage.title)
    case clock: return row.clock.map { strings.localized($0.deadline.title) } ?? ""
    case timeLeft: return Self.timeLeft(row.clock, strings: strings)
    case police: return row.record.handOver?.policeUnit ?? ""
    case decision:
      return row.record.policeDecision.map { strings.localized($0.decision.title) } ?? ""
    default: return row.enterpriseName
    }
  }

  /// Time left on a deadline, marked as the police's when it is theirs.
  static func timeLeft(_ item: DeadlineItem?, strings: Strings) -> String {
    let left = plainTimeLeft(item, strings: strings)
    guard item?.deadline.party == .police, !left.isEmpty else { return left }
    return strings.format(.referralLeftPolice, left)
  }

  /// Time left on a deadline as its rule counts it: hours for the 24-hour rules while under
  /// 48 hours (left or overdue), whole days beyond, days for the others.
  static func plainTimeLeft(_ item: DeadlineItem?, strings: Strings) -> String {
    CaseColumn.timeLeft(item, strings: strings, hoursBelow: 48)
  }

  /// The role a deadline is drawn in: the alarm when overdue, the warning when due soon.
  static func role(of item: DeadlineItem?) -> StyleRole? {
    guard let item else { return nil }
    if item.status.isOverdue { return .clockOverdue }
    if item.status.isDueSoon { return "clock.due-soon" }
    return "clock.ok"
  }

  /// The role a cell is drawn in, when it differs from the row's.
  static func role(_ row: ReferralRow, column id: String) -> StyleRole? {
    switch id {
    case timeLeft, clock: return role(of: row.clock)
    case stage: return row.record.isOpen ? nil : "stage.archived"
    default: return nil
    }
  }

  /// The value a column sorts by: time left as a number (overdue first), text otherwise.
  static func sortKey(_ row: ReferralRow, column id: String, strings: Strings) -> String {
    switch id {
    case timeLeft: return CaseColumn.clockSortKey(row.clock)
    case stage:
      let order = ReferralStage.allCases.firstIndex(of: row.record.stage) ?? 0
      return (order < 10 ? "0" : "") + String(order)
    default: return text(row, column: id, strings: strings)
    }
  }

  /// The table column for an id.
  static func tableColumn(_ id: String, strings: Strings) -> TableColumn {
    TableColumn(id: id, title: title(id, strings: strings), width: width(id))
  }
}
