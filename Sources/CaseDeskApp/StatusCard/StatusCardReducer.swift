import CaseDeskDomain

/// The status card's commands: open it, move between its record lines, jump, close.
enum StatusCardReducer {
  /// Applies a `record.statusCard` or `statusCard.*` command.
  static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    if command == .openStatusCard {
      guard let id = PositiveListReducer.selectedEnterprise(in: state) else { return [] }
      state.overlay = .statusCard(StatusCardState(enterprise: id, in: state))
      return []
    }
    guard case .statusCard(var card) = state.overlay else { return [] }
    let lines = card.lines(in: state)
    let selectable = StatusCardState.selectableIndices(lines)
    let page = max(1, StatusCardView.visibleRowCount(for: state.size))
    switch command {
    case .statusCardClose:
      state.overlay = nil
      return []
    case .statusCardOpen:
      guard selectable.indices.contains(card.selection),
        let target = lines[selectable[card.selection]].target
      else { return [] }
      state.overlay = nil
      state.activePane = target.pane
      state.pendingFocus = target
      if case .positiveListEntry(let id) = target, PositiveListPane.focus(id, in: &state) {
        state.pendingFocus = nil
      }
      if case .enforcementCase(let id) = target, CasesPane.focus(id, in: &state) {
        state.pendingFocus = nil
      }
      if case .referral(let id) = target, ReferralsPane.focus(id, in: &state) {
        state.pendingFocus = nil
      }
      return []
    case .statusCardDown, .statusCardUp:
      let step = command == .statusCardDown ? 1 : -1
      let next = card.selection + step
      if selectable.indices.contains(next) {
        card.selection = next
        card.scrollOffset = visibleOffset(
          card.scrollOffset, showing: selectable[next], page: page)
      } else {
        card.scrollOffset += step
      }
    case .statusCardPageDown, .statusCardPageUp:
      card.scrollOffset += command == .statusCardPageDown ? page : -page
      let top = min(max(0, card.scrollOffset), max(0, lines.count - page))
      let visible = top..<(top + page)
      if selectable.indices.contains(card.selection), !visible.contains(selectable[card.selection]),
        let first = selectable.firstIndex(where: visible.contains)
      {
        card.selection = first
      }
    default:
      return []
    }
    card.scrollOffset = min(max(0, card.scrollOffset), max(0, lines.count - page))
    state.overlay = .statusCard(card)
    return []
  }

  /// The scroll offset that keeps line `index` inside a window of `page` lines.
  static func visibleOffset(_ offset: Int, showing index: Int, page: Int) -> Int {
    if index < offset { return index }
    if index >= offset + page { return index - page + 1 }
    return offset
  }
}
