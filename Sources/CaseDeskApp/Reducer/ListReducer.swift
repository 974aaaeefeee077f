import CaseDeskDomain
import TerminalUI

/// The shared list commands: filter, matches, columns, saved views, marks and the pick list.
enum ListReducer {
  /// Handles a list command on the active list; returns the effects.
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    let strings = state.strings
    if command == .quickLookup {
      var picker = PickerState(purpose: .quickLookup, title: strings[.lookupTitle])
      QuickLookup.update(&picker, in: &state)
      state.overlay = .picker(picker)
      return []
    }
    guard state.activePane == .enterprises else { return [] }
    switch command {
    case .filterList:
      state.enterprises.list.isEditingFilter = true
      state.enterprises.isDetailOpen = false
      var field = state.enterprises.list.filter
      field.cursor = field.text.count
      state.enterprises.list.filter = field
    case .acceptFilter:
      state.enterprises.list.isEditingFilter = false
      reportMatches(&state)
    case .cancelFilter, .clearFilter:
      state.enterprises.list.isEditingFilter = false
      state.enterprises.list.filter = TextFieldState()
      EnterpriseList.refresh(&state)
      state.message = Message(kind: .info, text: strings[.filterCleared])
    case .filterDown, .filterUp:
      move(by: command == .filterDown ? 1 : -1, wrapping: false, in: &state)
    case .nextMatch, .previousMatch:
      move(by: command == .nextMatch ? 1 : -1, wrapping: true, in: &state)
      let list = state.enterprises.list
      state.message = Message(
        kind: .info,
        text: strings.format(
          .matchPosition, "\(list.table.selectedIndex + 1)", "\(list.order.count)"))
    case .chooseColumns:
      state.overlay = .columnChooser(
        ColumnChooserState(
          pane: .enterprises, all: EnterpriseColumn.all,
          shown: EnterprisesPaneView.shownColumnIDs(for: state)))
    case .pickView:
      let views = state.preferences.views(of: .enterprises)
      guard !views.isEmpty else {
        state.message = Message(kind: .info, text: strings[.noSavedViews])
        return []
      }
      state.overlay = .picker(
        PickerState(
          purpose: .savedView, title: strings[.savedViewsTitle],
          items: views.map { PickerState.Item(id: $0.name, text: $0.name, detail: $0.filter) }))
    case .bulkActions:
      state.overlay = .picker(
        PickerState(
          purpose: .bulkAction,
          title: strings.format(.bulkTitle, "\(state.enterprises.list.table.marked.count)"),
          items: BulkAction.allCases.map {
            PickerState.Item(id: $0.rawValue, text: strings[$0.titleKey])
          }))
    default:
      break
    }
    return []
  }

  /// Typing into the filter field: the list narrows at each keystroke, best match on top.
  static func typeIntoFilter(_ key: Key, in state: inout AppState) {
    var field = state.enterprises.list.filter
    guard field.handle(key) else { return }
    let before = state.enterprises.list.filterText
    state.enterprises.list.filter = field
    guard state.enterprises.list.filterText != before else { return }
    state.enterprises.list.table.selectedID = nil
    state.enterprises.list.table.selectedIndex = 0
    EnterpriseList.refresh(&state)
  }

  /// Says how many records match the filter.
  static func reportMatches(_ state: inout AppState) {
    let list = state.enterprises.list
    guard list.isFiltered else { return }
    state.message = Message(
      kind: list.order.isEmpty ? .error : .info,
      text: state.strings.format(.filterMatches, "\(list.order.count)", "\(list.totalCount)"))
  }

  /// Moves the selection in the list, wrapping around at the ends when asked.
  static func move(by delta: Int, wrapping: Bool, in state: inout AppState) {
    let list = state.enterprises.list
    let count = list.order.count
    guard count > 0 else { return }
    var target = list.table.selectedIndex + delta
    if wrapping { target = (target % count + count) % count }
    let order = list.order
    let records = state.enterprises.records
    var table = list.table
    table.moveSelection(by: target - table.selectedIndex, rowCount: count) {
      records[order[$0]].id.raw
    }
    table.ensureVisible(pageSize: EnterpriseList.pageSize(state), rowCount: count)
    state.enterprises.list.table = table
  }

  /// Applies a saved view: its filter, sort and columns.
  static func apply(_ view: SavedView, to state: inout AppState) {
    state.enterprises.list.filter = TextFieldState(text: view.filter)
    state.enterprises.list.isEditingFilter = false
    state.enterprises.list.chosenColumns = view.columns
    state.enterprises.list.sort = view.sort
    state.enterprises.list.sortedAll = nil
    EnterpriseList.refresh(&state)
    state.message = Message(
      kind: .success,
      text: state.strings.format(.viewApplied, view.name, "\(state.enterprises.list.order.count)"))
  }

  /// The column chooser's keys.
  static func performColumns(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    guard case .columnChooser(var chooser) = state.overlay else { return [] }
    switch command {
    case .toggleColumn: chooser.toggle()
    case .columnDown: chooser.moveCursor(by: 1)
    case .columnUp: chooser.moveCursor(by: -1)
    case .moveColumnDown: chooser.moveColumn(by: 1)
    case .moveColumnUp: chooser.moveColumn(by: -1)
    case .resetColumns:
      state.overlay = nil
      state.enterprises.list.chosenColumns = nil
      state.preferences.columns[chooser.pane.commandName] = nil
      state.message = Message(kind: .success, text: state.strings[.columnsReset])
      return [.savePreferences(state.preferences)]
    case .applyColumns:
      state.overlay = nil
      let columns = chooser.shownColumns
      state.enterprises.list.chosenColumns = columns
      state.preferences.columns[chooser.pane.commandName] = columns
      if let sort = state.enterprises.list.sort, !columns.contains(sort.columnID) {
        state.enterprises.list.sort = nil
        state.enterprises.list.sortedAll = nil
        EnterpriseList.refresh(&state)
      }
      state.message = Message(kind: .success, text: state.strings[.columnsSaved])
      return [.savePreferences(state.preferences)]
    default:
      state.overlay = nil
      return []
    }
    state.overlay = .columnChooser(chooser)
    return []
  }
}
