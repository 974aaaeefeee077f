import CaseDeskDomain
import TerminalUI

/// The top bar: workspace, DEMO and read-only marks on the left; operator, date and pending
/// deadlines on the right (dropped from the left end when the screen is narrow).
enum TopBarView {
  /// Draws the top bar in one row.
  static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
    let strings = state.strings
    buffer.fill(area, role: .topBar)
    var x = area.x
    func put(_ text: String, _ role: StyleRole) {
      guard x < area.maxX else { return }
      x += buffer.write(text, x: x, y: area.y, role: role, maxWidth: area.maxX - x)
    }
    put(" " + strings[.appName] + " ", .title)
    put(" " + strings.format(.barWorkspace, state.workspace.name) + " ", .topBar)
    if state.workspace.isDemo { put(" " + strings[.barDemo] + " ", .demoMark) }
    if state.workspace.isReadOnly { put(" " + strings[.barReadOnly] + " ", .readOnlyMark) }
    let right: [(String, StyleRole)] = [
      (
        strings.format(
          .barOperator, state.operatorInfo.name, roleName(state.operatorInfo.role, strings)),
        .topBar
      ),
      (state.today, .topBar),
      (strings.format(.barDeadlines, "\(state.pendingDeadlines)"), "bar.top.deadline"),
    ]
    // Keep the right-hand items that fit, dropping the operator first.
    var items = right
    func width(_ list: [(String, StyleRole)]) -> Int {
      list.reduce(0) { $0 + DisplayWidth.columns($1.0) + 2 }
    }
    while !items.isEmpty && x + width(items) > area.maxX { items.removeFirst() }
    var rightX = area.maxX - width(items)
    for (text, role) in items {
      rightX += buffer.write(" " + text + " ", x: rightX, y: area.y, role: role)
    }
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
