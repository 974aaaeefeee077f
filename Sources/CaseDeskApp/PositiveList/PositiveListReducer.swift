import CaseDeskDomain
import TerminalUI

/// The positive list pane's own commands: tabs, the chart, and the forms of each step.
enum PositiveListReducer {
  /// Applies a `positive.*` command (or `record.planInspection`).
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    if command == .planInspection {
      guard let id = selectedEnterprise(in: state) else { return nothingSelected(&state) }
      return PaneFormReducer.open(.planInspection(id), in: &state)
    }
    guard state.activePane == .positiveList else { return [] }
    switch command {
    case .positiveNextTab, .positivePreviousTab:
      let tab = state.positiveList.tab
      PositiveListPane.show(command == .positiveNextTab ? tab.next : tab.previous, in: &state)
      return []
    case .positiveChart:
      state.positiveList.showsChart.toggle()
      return []
    case .positiveAdmitAny:
      openAdmissionPicker(in: &state)
      return []
    default:
      break
    }
    if command == .positiveAdmit, !state.positiveList.list.table.marked.isEmpty {
      return AdmissionForm.admitMarked(in: &state)
    }
    guard let id = PositiveListPane.selectedEnterprise(in: state) else {
      return nothingSelected(&state)
    }
    let purposes: [AppCommand: PaneFormPurpose] = [
      .positiveAdmit: .admit(id), .positiveApprove: .approveAdmission(id),
      .positiveReject: .rejectAdmission(id), .positiveSuspend: .suspend(id),
      .positiveRestore: .restore(id), .positiveRemove: .remove(id),
      .positiveReview: .recordReview(id),
    ]
    guard let purpose = purposes[command] else { return [] }
    return PaneFormReducer.open(purpose, in: &state)
  }

  /// Opens the pick list of every enterprise; choosing one opens its admission form.
  static func openAdmissionPicker(in state: inout AppState) {
    state.overlay = .picker(
      PickerState(purpose: .admitEnterprise, title: state.strings[.positiveAdmitAnyTitle]))
  }

  /// The enterprise selected in the active pane (enterprises or positive list).
  static func selectedEnterprise(in state: AppState) -> EnterpriseID? {
    switch state.activePane {
    case .enterprises: return state.enterprises.selected?.id
    case .positiveList: return PositiveListPane.selectedEnterprise(in: state)
    case .cases: return state.cases.selected?.record.enterprise
    case .referrals: return state.referrals.selected?.record.enterprise
    default: return nil
    }
  }

  private static func nothingSelected(_ state: inout AppState) -> [Effect] {
    state.message = Message(kind: .error, text: state.strings[.nothingSelected])
    return []
  }
}
