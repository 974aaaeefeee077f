import CaseDeskDomain
import TerminalUI

/// Opens the form that opens a case (`a` on the case review pane).
enum CaseOpeningReducer {
  /// Opens the case-opening form with the enterprise to be chosen, or says on the message
  /// line why it cannot open (a read-only workspace, a role that may not open cases).
  static func open(in state: inout AppState) -> [Effect] {
    guard state.activePane == .cases else { return [] }
    return PaneFormReducer.open(.openCase(nil), in: &state)
  }
}
