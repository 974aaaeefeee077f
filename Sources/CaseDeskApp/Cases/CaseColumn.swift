import CaseDeskDomain
import TerminalUI

/// The case review pane's columns: titles, widths, cell texts and sort keys.
enum CaseColumn {
  static let number = "number"
  static let enterprise = "enterprise"
  static let violation = "violation"
  static let stage = "stage"
  static let nextActor = "next"
  static let clock = "clock"
  static let timeLeft = "left"
  static let decision = "decision"
  static let officers = "officers"

  /// Every column, in the pane's order (the column chooser lists them).
  static let all = [
    number, enterprise, violation, stage, nextActor, clock, timeLeft, decision, officers,
  ]

  /// The columns shown by default for the list's inside width, most important first.
  static func defaultIDs(forListWidth inner: Int) -> [String] {
    if inner >= 108 {
      return [number, enterprise, violation, stage, nextActor, clock, timeLeft, officers]
    }
    if inner >= 76 { return [number, enterprise, stage, nextActor, timeLeft] }
    if inner >= 64 { return [number, enterprise, stage, timeLeft] }
    if inner >= 48 { return [enterprise, stage, timeLeft] }
    return [enterprise, timeLeft]
  }

  /// A column's header text.
  static func title(_ id: String, strings: Strings) -> String {
    switch id {
    case number: return strings[.caseColumnNumber]
    case violation: return strings[.caseColumnViolation]
    case stage: return strings[.caseColumnStage]
    case nextActor: return strings[.caseColumnNext]
    case clock: return strings[.caseColumnClock]
    case timeLeft: return strings[.caseColumnLeft]
    case decision: return strings[.caseColumnDecision]
    case officers: return strings[.caseColumnOfficers]
    default: return strings[.caseColumnEnterprise]
    }
  }

  /// A column's width rule.
  static func width(_ id: String) -> ColumnWidth {
    switch id {
    case number: return .fixed(20)
    case enterprise: return .flexible(min: 12, weight: 2)
    case violation: return .flexible(min: 10, weight: 1)
    case stage: return .fixed(8)
    case nextActor: return .fixed(10)
    case clock: return .fixed(14)
    case timeLeft: return .fixed(10)
    case decision: return .fixed(10)
    default: return .fixed(10)
    }
  }

  /// The cell text of a row in a column.
  static func text(_ row: CaseRow, column id: String, strings: Strings) -> String {
    switch id {
    case number: return row.number
    case violation: return row.record.violation
    case stage: return strings.localized(row.record.stage.title)
    case nextActor:
      return row.record.nextActors.sorted { $0.rawValue < $1.rawValue }
        .map { TopBarView.roleName($0, strings) }.joined(separator: "/")
    case clock: return row.clock.map { strings.localized($0.deadline.title) } ?? ""
    case timeLeft: return timeLeft(row.clock, strings: strings)
    case decision:
      return row.record.decision.map { strings.localized($0.decision.kind.title) } ?? ""
    case officers: return row.officerNames.joined(separator: "、")
    default: return (row.isMine ? "• " : "") + row.enterpriseName
    }
  }

  /// Time left on the governing clock, short: days (working days marked), hours, overdue.
  ///
  /// A clock counted in hours shows hours; given `hoursBelow`, it shows whole days once the
  /// hours left (or overdue) reach that many.
  static func timeLeft(_ item: DeadlineItem?, strings: Strings, hoursBelow: Int? = nil) -> String {
    guard let item else { return "" }
    switch item.deadline.due {
    case .paused: return strings[.caseLeftPaused]
    case .instant:
      let hours = item.status.hoursLeft ?? 0
      if let limit = hoursBelow, abs(hours) >= limit {
        return hours < 0
          ? strings.format(.caseLeftOverdue, "\(-hours / 24)")
          : strings.format(.caseLeftDays, "\(hours / 24)")
      }
      return hours < 0
        ? strings.format(.caseLeftHoursOverdue, "\(-hours)")
        : strings.format(.caseLeftHours, "\(hours)")
    case .endOfDay:
      let days = item.status.daysLeft ?? 0
      if days < 0 { return strings.format(.caseLeftOverdue, "\(-days)") }
      if days == 0 { return strings[.caseLeftToday] }
      return strings.format(.caseLeftDays, "\(days)")
    }
  }

  /// The role a cell is drawn in, when it differs from the row's.
  static func role(_ row: CaseRow, column id: String) -> StyleRole? {
    switch id {
    case timeLeft, clock:
      if row.isOverdue { return .clockOverdue }
      if row.isDueSoon { return "clock.due-soon" }
      return row.clock == nil ? nil : "clock.ok"
    case stage: return row.record.isArchived ? "stage.archived" : nil
    default: return nil
    }
  }

  /// The value a column sorts by: time left as a number (overdue first), text otherwise.
  static func sortKey(_ row: CaseRow, column id: String, strings: Strings) -> String {
    switch id {
    case timeLeft: return clockSortKey(row.clock)
    case stage:
      let order = String(row.record.stage.order)
      return String(repeating: "0", count: max(0, 3 - order.count)) + order
    default: return text(row, column: id, strings: strings)
    }
  }

  /// The sort key of a governing clock: time left as a number (overdue first), then paused,
  /// then none.
  static func clockSortKey(_ item: DeadlineItem?) -> String {
    guard let item else { return "9" }
    if item.deadline.due == .paused { return "8" }
    let hours = item.status.hoursLeft ?? (item.status.daysLeft ?? 0) * 24
    let digits = String(max(0, hours + 1_000_000))
    return "1" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits
  }

  /// The table column for an id.
  static func tableColumn(_ id: String, strings: Strings) -> TableColumn {
    TableColumn(id: id, title: title(id, strings: strings), width: width(id))
  }
}
