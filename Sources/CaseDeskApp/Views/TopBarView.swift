import CaseDeskDomain
import TerminalUI

/// The top bar: workspace, DEMO and read-only marks on the left; operator, date and pending
/// deadlines on the right (dropped from the left end when the screen is narrow).
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
