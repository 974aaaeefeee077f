import CaseDeskDomain
import TerminalUI

/// The quick lookup (`Ctrl-F`, `:find`): the pick list over the search index, and what
/// choosing an enterprise opens.
enum QuickLookup {
  /// At most this many matches are listed (the count says how many there are).
  static let maximumShown = 200

  /// Recomputes the pick list for the typed text.
  static func update(_ picker: inout PickerState, in state: inout AppState) {
    let text = picker.field.text.trimmingSpaces
    picker.selected = 0
    picker.scrollOffset = 0
    guard !text.isEmpty else {
      picker.items = []
      picker.matchCount = 0
      return
    }
    let found = EnterpriseList.matches(text, in: &state.enterprises)
    let strings = state.strings
    let records = state.enterprises.records
    picker.matchCount = found.count
    picker.items = found.prefix(maximumShown).map { index in
      let row = records[index]
      return PickerState.Item(
        id: row.id.raw, text: row.name,
        detail: row.uscc + "  " + row.district + "  "
          + EnterpriseColumn.positiveListText(row.positiveList, strings: strings))
    }
  }

  /// Shows an enterprise: selects it in the Enterprises pane (clearing a filter that hides it)
  /// and opens its status card.
  static func open(_ id: EnterpriseID, in state: inout AppState) {
    state.activePane = .enterprises
    guard let index = state.enterprises.index(of: id) else {
      state.message = Message(kind: .error, text: state.strings.format(.lookupNotFound, id.raw))
      return
    }
    if !state.enterprises.list.order.contains(index) {
      state.enterprises.list.filter = TextFieldState()
      state.enterprises.list.isEditingFilter = false
      EnterpriseList.refresh(&state)
    }
    guard let row = state.enterprises.list.order.firstIndex(of: index) else { return }
    let order = state.enterprises.list.order
    let records = state.enterprises.records
    var table = state.enterprises.list.table
    table.moveSelection(by: row - table.selectedIndex, rowCount: order.count) {
      records[order[$0]].id.raw
    }
    table.ensureVisible(pageSize: EnterpriseList.pageSize(state), rowCount: order.count)
    state.enterprises.list.table = table
    state.enterprises.isDetailOpen = false
    state.overlay = .statusCard(StatusCardState(enterprise: id, in: state))
  }

  /// The enterprise a `:goto` argument names: a full USCC (any case), else the best match.
  static func resolve(_ text: String, in state: inout AppState) -> EnterpriseID? {
    let wanted = text.trimmingSpaces.uppercased()
    if let exact = state.enterprises.records.first(where: { $0.uscc == wanted }) {
      return exact.id
    }
    let found = EnterpriseList.matches(text, in: &state.enterprises)
    return found.first.map { state.enterprises.records[$0].id }
  }
}
