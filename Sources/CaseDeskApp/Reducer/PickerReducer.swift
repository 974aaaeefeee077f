import CaseDeskDomain
import TerminalUI

/// The pick list's keys and what choosing an item does for each purpose.
enum PickerReducer {
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    guard case .picker(var picker) = state.overlay else { return [] }
    switch command {
    case .pickDown:
      picker.move(by: 1)
    case .pickUp:
      picker.move(by: -1)
    case .choosePick:
      state.overlay = nil
      guard let item = picker.current else { return [] }
      return choose(item, purpose: picker.purpose, in: &state)
    default:
      state.overlay = nil
      return []
    }
    state.overlay = .picker(picker)
    return []
  }

  /// Typing into the pick list's field narrows it.
  static func type(_ key: Key, into state: inout AppState) {
    guard case .picker(var picker) = state.overlay, picker.field.handle(key) else { return }
    switch picker.purpose {
    case .quickLookup, .admitEnterprise:
      QuickLookup.update(&picker, in: &state)
    case .savedView:
      let pane = state.activeList?.pane ?? .enterprises
      let views = state.preferences.views(of: pane).map {
        PickerState.Item(id: $0.name, text: $0.name, detail: $0.filter)
      }
      picker.items = PickerState.filter(views, by: picker.field.text)
      picker.matchCount = picker.items.count
      picker.selected = 0
    case .bulkAction:
      let actions = ListReducer.bulkItems(in: state)
      picker.items = PickerState.filter(actions, by: picker.field.text)
      picker.matchCount = picker.items.count
      picker.selected = 0
    }
    state.overlay = .picker(picker)
  }

  private static func choose(
    _ item: PickerState.Item, purpose: PickerState.Purpose, in state: inout AppState
  ) -> [Effect] {
    switch purpose {
    case .quickLookup:
      QuickLookup.open(EnterpriseID(item.id), in: &state)
      return []
    case .admitEnterprise:
      return PaneFormReducer.open(.admit(EnterpriseID(item.id)), in: &state)
    case .savedView:
      if let view = state.preferences.view(
        named: item.id, of: state.activeList?.pane ?? .enterprises)
      {
        ListReducer.apply(view, to: &state)
      }
      return []
    case .bulkAction:
      guard let action = BulkAction(rawValue: item.id) else { return [] }
      if action == .admit { return AdmissionForm.admitMarked(in: &state) }
      if action == .clearMarks {
        if let pane = state.activeList { state[keyPath: pane.list].table.marked = [] }
        state.message = Message(kind: .info, text: state.strings[.marksCleared])
        return []
      }
      // The rest take an argument: the command line opens with the command filled in.
      var line = CommandLineState()
      line.field = TextFieldState(text: action.rawValue + " ")
      line.field.cursor = line.field.text.count
      state.overlay = .commandLine(line)
      return []
    }
  }
}
