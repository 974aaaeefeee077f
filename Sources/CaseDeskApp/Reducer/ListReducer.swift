import CaseDeskDomain
import TerminalUI

/// The shared list commands: filter, matches, columns, saved views, marks and the pick list,
/// on whichever list pane is active.
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
    guard let pane = state.activeList else { return [] }
    switch command {
    case .filterList:
      state[keyPath: pane.list].isEditingFilter = true
      state[keyPath: pane.isDetailOpen] = false
      var field = state[keyPath: pane.list].filter
      field.cursor = field.text.count
      state[keyPath: pane.list].filter = field
    case .acceptFilter:
      state[keyPath: pane.list].isEditingFilter = false
      reportMatches(&state)
    case .cancelFilter, .clearFilter:
      state[keyPath: pane.list].isEditingFilter = false
      state[keyPath: pane.list].filter = TextFieldState()
      pane.refresh(&state)
      state.message = Message(kind: .info, text: strings[.filterCleared])
    case .filterDown, .filterUp:
      move(by: command == .filterDown ? 1 : -1, wrapping: false, in: &state)
    case .nextMatch, .previousMatch:
      move(by: command == .nextMatch ? 1 : -1, wrapping: true, in: &state)
      let list = state[keyPath: pane.list]
      state.message = Message(
        kind: .info,
        text: strings.format(
          .matchPosition, "\(list.table.selectedIndex + 1)", "\(list.order.count)"))
    case .chooseColumns:
      state.overlay = .columnChooser(
        ColumnChooserState(
          pane: pane.pane, all: pane.allColumns, shown: pane.shownColumnIDs(for: state)))
    case .pickView:
      let views = state.preferences.views(of: pane.pane)
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
          title: strings.format(.bulkTitle, "\(state[keyPath: pane.list].table.marked.count)"),
          items: bulkItems(in: state)))
    default:
      break
    }
    return []
  }

  /// The bulk actions of the active list as pick-list items.
  static func bulkItems(in state: AppState) -> [PickerState.Item] {
    let strings = state.strings
    return (state.activeList?.bulkActions ?? []).map {
      PickerState.Item(id: $0.rawValue, text: strings[$0.titleKey])
    }
  }

  /// Typing into the filter field: the list narrows at each keystroke, best match on top.
  static func typeIntoFilter(_ key: Key, in state: inout AppState) {
    guard let pane = state.activeList else { return }
    var field = state[keyPath: pane.list].filter
    guard field.handle(key) else { return }
    let before = state[keyPath: pane.list].filterText
    state[keyPath: pane.list].filter = field
    guard state[keyPath: pane.list].filterText != before else { return }
    state[keyPath: pane.list].table.selectedID = nil
    state[keyPath: pane.list].table.selectedIndex = 0
    pane.refresh(&state)
  }

  /// Says how many records match the filter.
  static func reportMatches(_ state: inout AppState) {
    guard let pane = state.activeList else { return }
    let list = state[keyPath: pane.list]
    guard list.isFiltered else { return }
    state.message = Message(
      kind: list.order.isEmpty ? .error : .info,
      text: state.strings.format(.filterMatches, "\(list.order.count)", "\(list.totalCount)"))
  }

  /// Moves the selection in the active list, wrapping around at the ends when asked.
  static func move(by delta: Int, wrapping: Bool, in state: inout AppState) {
    guard let pane = state.activeList else { return }
    let list = state[keyPath: pane.list]
    let count = list.order.count
    guard count > 0 else { return }
    var target = list.table.selectedIndex + delta
    if wrapping { target = (target % count + count) % count }
    let order = list.order
    var table = list.table
    let snapshot = state
    table.moveSelection(by: target - table.selectedIndex, rowCount: count) {
      pane.recordID(order[$0], in: snapshot)
    }
    table.ensureVisible(pageSize: pane.pageSize(state), rowCount: count)
    state[keyPath: pane.list].table = table
  }

  /// Applies a saved view to the active list: its filter, sort and columns.
  static func apply(_ view: SavedView, to state: inout AppState) {
    guard let pane = state.activeList else { return }
    state[keyPath: pane.list].filter = TextFieldState(text: view.filter)
    state[keyPath: pane.list].isEditingFilter = false
    state[keyPath: pane.list].chosenColumns = view.columns
    state[keyPath: pane.list].sort = view.sort
    state[keyPath: pane.list].sortedAll = nil
    pane.refresh(&state)
    state.message = Message(
      kind: .success,
      text: state.strings.format(
        .viewApplied, view.name, "\(state[keyPath: pane.list].order.count)"))
  }

  /// The column chooser's keys.
  static func performColumns(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    guard case .columnChooser(var chooser) = state.overlay,
      let pane = ListPanes.pane(for: chooser.pane)
    else { return [] }
    switch command {
    case .toggleColumn: chooser.toggle()
    case .columnDown: chooser.moveCursor(by: 1)
    case .columnUp: chooser.moveCursor(by: -1)
    case .moveColumnDown: chooser.moveColumn(by: 1)
    case .moveColumnUp: chooser.moveColumn(by: -1)
    case .resetColumns:
      state.overlay = nil
      state[keyPath: pane.list].chosenColumns = nil
      state.preferences.columns[chooser.pane.commandName] = nil
      state.message = Message(kind: .success, text: state.strings[.columnsReset])
      return [.savePreferences(state.preferences)]
    case .applyColumns:
      state.overlay = nil
      let columns = chooser.shownColumns
      state[keyPath: pane.list].chosenColumns = columns
      state.preferences.columns[chooser.pane.commandName] = columns
      if let sort = state[keyPath: pane.list].sort, !columns.contains(sort.columnID) {
        state[keyPath: pane.list].sort = nil
        state[keyPath: pane.list].sortedAll = nil
        pane.refresh(&state)
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
