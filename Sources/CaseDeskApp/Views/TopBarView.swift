import CaseDeskDomain
import TerminalUI

/// The top bar: workspace, DEMO and read-only marks on the left; operator, date, the
/// positive list's review-needed count and the overdue referrals (while any) and pending
/// deadlines on the right.
///
/// When the screen is narrow the review count goes first, then the operator, then the date.
enum TopBarView {
  /// Draws the top bar in one row.
  static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    buffer.fill(area, role: .topBar)
    // The marks and the right-hand items come first; the workspace name gets what is left.
    var left: [(String, StyleRole)] = [(" " + strings[.appName] + " ", .title)]
    var marks: [(String, StyleRole)] = []
    if state.workspace.isDemo { marks.append((" " + strings[.barDemo] + " ", .demoMark)) }
    if state.workspace.isReadOnly {
      marks.append((" " + strings[.barReadOnly] + " ", .readOnlyMark))
    }
    var right: [(String, StyleRole)] = [
      (
        " "
          + strings.format(
            .barOperator, state.operatorInfo.name, roleName(state.operatorInfo.role, strings))
          + " ", .topBar
      ),
      (" " + state.today + " ", .topBar),
      (" " + strings.format(.barDeadlines, "\(state.pendingDeadlines)") + " ", "bar.top.deadline"),
    ]
    func width(_ items: [(String, StyleRole)]) -> Int {
      items.reduce(0) { $0 + DisplayWidth.columns($1.0) }
    }
    let minimumName = 8
    // The review-needed count goes before the deadlines; it is the first to go.
    if let reviews = reviewItem(state),
      width(left + marks + right) + DisplayWidth.columns(reviews.0) + minimumName <= area.width
    {
      right.insert(reviews, at: right.count - 1)
    }
    // The overdue referrals (either side) go before the deadlines, before the review count.
    if let referrals = referralItem(state),
      width(left + marks + right) + DisplayWidth.columns(referrals.0) + minimumName <= area.width
    {
      right.insert(referrals, at: right.count - 1)
    }
    // Drop the operator, then the date, when even a short name would not fit.
    while right.count > 1 && width(left + marks + right) + minimumName > area.width {
      right.removeFirst()
    }
    let nameRoom = area.width - width(left + marks + right)
    if nameRoom >= 4 {
      let name = " " + strings.format(.barWorkspace, state.workspace.name) + " "
      let fitted =
        DisplayWidth.columns(name) <= nameRoom
        ? name : DisplayWidth.fit(name, width: nameRoom - 1) + " "
      left.append((fitted, .topBar))
    }
    var x = area.x
    for (text, role) in left + marks where x < area.maxX {
      x += buffer.write(text, x: x, y: area.y, role: role, maxWidth: area.maxX - x)
    }
    var rightX = max(x, area.maxX - width(right))
    for (text, role) in right where rightX < area.maxX {
      rightX += buffer.write(text, x: rightX, y: area.y, role: role, maxWidth: area.maxX - rightX)
    }
  }

  /// The positive list's review-needed count in the alarm style, or nil while no entry
  /// waits (an empty queue takes no room from the workspace name).
  static func reviewItem(_ state: AppState) -> (String, StyleRole)? {
    let count = state.positiveList.reviewQueue.count
    guard count > 0 else { return nil }
    return (" " + state.strings.format(.barReview, "\(count)") + " ", "bar.top.deadline")
  }

  /// The count of referrals overdue on either side (the bureau's or the police's) in the
  /// alarm style, or nil while none is.
  static func referralItem(_ state: AppState) -> (String, StyleRole)? {
    let count = state.referrals.overdueCount
    guard count > 0 else { return nil }
    return (" " + state.strings.format(.barReferralsOverdue, "\(count)") + " ", "bar.top.deadline")
  }

  /// The localized name of a staff role.
  static func roleName(_ role: StaffRole, _ strings: Strings) -> String {
    switch role {
    case .officer: return strings[.roleOfficer]
    case .legalReviewer: return strings[.roleLegalReviewer]
    case .approver: return strings[.roleApprover]
    case .commissioner: return strings[.roleCommissioner]
    case .clerk: return strings[.roleClerk]
    case .supervisor: return strings[.roleSupervisor]
    case .viewer: return strings[.roleViewer]
    }
  }
}
