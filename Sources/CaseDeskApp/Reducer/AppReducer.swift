import TerminalUI

/// The reducer: applies one action to the state and returns the effects to perform.
///
/// Synchronous and pure: no I/O happens here; errors become a message on the message line.
public enum AppReducer {
  /// Applies `action` to `state`.
  public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = apply(action, to: &state)
    PositiveListPane.catchUp(&state)
    CasesPane.catchUp(&state)
    ReferralsPane.catchUp(&state)
    CasesPane.catchUpDetail(&state)
    ReferralsPane.catchUpDetail(&state)
    return effects
  }

  private static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    switch action {
    case .commandInvoked(let command):
      return perform(command, on: &state)
    case .keyTyped(let key):
      return type(key, into: &state)
    case .terminalResized(let size):
      state.size = size
      scrollSelectionIntoView(&state)
      return [.redrawScreen]
    case .buildSearchIndex:
      state.enterprises.search.engine = EnterpriseList.buildSearch(state.enterprises.records)
      state.enterprises.search.generation += 1
      if !state.positiveList.hasQueue { PositiveListPane.updateQueue(&state) }
      return []
    case .themeApplied(let name):
      state.themeName = name
      state.message = Message(kind: .success, text: state.strings.format(.themeChanged, name))
      return []
    case .problemReported(let text):
      state.message = Message(kind: .error, text: text)
      return []
    case .progressChanged(let progress):
      state.progress = progress
      return []
    case .noticeReported(let text):
      state.message = Message(kind: .success, text: text)
      return []
    case .domainChanged(let domain, let events):
      applyChange(domain, events: events, to: &state)
      return []
    case .changeRefused(let failure):
      reportRefusal(failure, in: &state)
      return []
    case .bulkFinished(let done, let refused):
      reportBulk(done: done, refused: refused, in: &state)
      return []
    case .historyLoaded(let record, let entries):
      HistoryReducer.show(entries, of: record, in: &state)
      return []
    }
  }

  private static func perform(_ command: AppCommand, on state: inout AppState) -> [Effect] {
    switch command {
    case .quit:
      return requestQuit(&state)
    case .help:
      state.overlay = .help(HelpOverlayState())
      return []
    case .commandLine:
      state.overlay = .commandLine(CommandLineState())
      return []
    case .redraw:
      return [.redrawScreen]
    case .nextPane:
      state.activePane = state.activePane.next
      return []
    case .previousPane:
      state.activePane = state.activePane.previous
      return []
    case .showEnterprises, .showPositiveList, .showInspections, .showClues, .showCases,
      .showReferrals, .showService, .showRectification, .showStatistics:
      if let pane = pane(for: command) { state.activePane = pane }
      return []
    case .moveDown, .moveUp, .pageDown, .pageUp, .moveToFirst, .moveToLast:
      moveSelection(command, in: &state)
      return []
    case .openRecord:
      if let pane = state.activeList, pane.selectedID(in: state) != nil {
        state[keyPath: pane.isDetailOpen] = true
      }
      return []
    case .closeDetail:
      if let pane = state.activeList { state[keyPath: pane.isDetailOpen] = false }
      return []
    case .toggleMark:
      if let pane = state.activeList, let id = pane.selectedID(in: state) {
        state[keyPath: pane.list].table.toggleMark(id: id)
      }
      return []
    case .sortNextColumn, .reverseSort:
      ListSorting.apply(command == .reverseSort ? .reverse : .nextColumn, to: &state)
      return []
    case .quickLookup, .filterList, .nextMatch, .previousMatch, .clearFilter, .chooseColumns,
      .pickView, .bulkActions, .acceptFilter, .cancelFilter, .filterDown, .filterUp:
      return ListReducer.perform(command, on: &state)
    case .exportList:
      return CommandLineReducer.run("export", on: &state)
    case .undo:
      return UndoReducer.undo(&state)
    case .toggleColumn, .columnDown, .columnUp, .moveColumnDown, .moveColumnUp, .resetColumns,
      .applyColumns, .cancelColumns:
      return ListReducer.performColumns(command, on: &state)
    case .choosePick, .pickDown, .pickUp, .cancelPick:
      return PickerReducer.perform(command, on: &state)
    case .closeHelp, .helpScrollDown, .helpScrollUp, .helpPageDown, .helpPageUp:
      scrollHelp(command, in: &state)
      return []
    case .runCommand, .completeCommand, .cancelCommand:
      return CommandLineReducer.perform(command, on: &state)
    case .confirmDialog, .answerYes, .answerNo, .nextButton, .previousButton, .cancelDialog:
      return answerDialog(command, in: &state)
    case .openStatusCard, .statusCardDown, .statusCardUp, .statusCardPageDown, .statusCardPageUp,
      .statusCardOpen, .statusCardClose:
      return StatusCardReducer.perform(command, on: &state)
    case .openHistory, .historyDown, .historyUp, .historyPageDown, .historyPageUp, .historyClose:
      return HistoryReducer.perform(command, on: &state)
    case .addRecord:
      return FormReducer.openAdd(&state)
    case .editRecord:
      return FormReducer.openEdit(&state)
    case .formNext, .formPrevious, .formPick, .formSave, .formCancel:
      return FormReducer.perform(command, on: &state)
    case .positiveAdmit, .positiveApprove, .positiveReject, .positiveSuspend, .positiveRestore,
      .positiveRemove, .positiveReview, .positiveNextTab, .positivePreviousTab, .positiveChart,
      .positiveAdmitAny,
      .planInspection:
      return PositiveListReducer.perform(command, on: &state)
    case .casesMyQueue:
      CasesPane.showMyQueue(!state.cases.showsMyQueue, in: &state)
      return []
    case .casesNextStep:
      return CaseStepReducer.openNextStep(in: &state)
    case .casesInviteSupervisor:
      return CaseSupervisorReducer.openInvitation(in: &state)
    case .casesAddOpinion:
      return CaseSupervisorReducer.openOpinion(in: &state)
    case .casesOpen: return CaseOpeningReducer.open(in: &state)
    case .casesReferral:
      return ReferralStepReducer.draftForSelectedCase(in: &state)
    case .referralsNextStep:
      return ReferralStepReducer.openNextStep(in: &state)
    case .referralsDraft:
      return ReferralStepReducer.draftForAnyCase(in: &state)
    case .casesDetailEarlier, .casesDetailLater:
      CasesPane.scrollDetail(by: command == .casesDetailEarlier ? 1 : -1, in: &state)
      return []
    case .referralsDetailEarlier, .referralsDetailLater:
      ReferralsPane.scrollDetail(by: command == .referralsDetailEarlier ? 1 : -1, in: &state)
      return []
    case .bulkAdmissionConfirm, .bulkAdmissionDown, .bulkAdmissionUp, .bulkAdmissionPageDown,
      .bulkAdmissionPageUp, .bulkAdmissionClose:
      return BulkAdmissionReducer.perform(command, on: &state)
    }
  }

  /// The pane a `pane.*` command shows.
  static func pane(for command: AppCommand) -> PaneID? {
    let panes: [AppCommand: PaneID] = [
      .showEnterprises: .enterprises, .showPositiveList: .positiveList,
      .showInspections: .inspections, .showClues: .clues, .showCases: .cases,
      .showReferrals: .referrals, .showService: .service,
      .showRectification: .rectification, .showStatistics: .statistics,
    ]
    return panes[command]
  }

  /// Quits at once unless something unsaved would be lost; then asks.
  static func requestQuit(_ state: inout AppState) -> [Effect] {
    guard state.hasUnsavedChanges else {
      state.isQuitting = true
      return [.quit]
    }
    let strings = state.strings
    state.overlay = .confirmQuit(
      Dialog.confirm(
        title: strings[.quitTitle], message: strings[.quitUnsaved], yes: strings[.yes],
        no: strings[.no]))
    return []
  }

  private static func moveSelection(_ command: AppCommand, in state: inout AppState) {
    guard let pane = state.activeList else { return }
    let count = state[keyPath: pane.list].order.count
    guard count > 0 else { return }
    let pageSize = pane.pageSize(state)
    let delta: Int
    switch command {
    case .moveDown: delta = 1
    case .moveUp: delta = -1
    case .pageDown: delta = pageSize
    case .pageUp: delta = -pageSize
    case .moveToFirst: delta = -count
    default: delta = count
    }
    ListReducer.move(by: delta, wrapping: false, in: &state)
  }

  /// Keeps the selected row inside the visible part of the table.
  static func scrollSelectionIntoView(_ state: inout AppState) {
    for id in PaneID.allCases {
      guard let pane = ListPanes.pane(for: id) else { continue }
      let pageSize = pane.pageSize(state)
      let rowCount = state[keyPath: pane.list].order.count
      state[keyPath: pane.list].table.ensureVisible(pageSize: pageSize, rowCount: rowCount)
    }
  }

  private static func scrollHelp(_ command: AppCommand, in state: inout AppState) {
    guard case .help(var help) = state.overlay else { return }
    let page = max(1, state.size.height - 8)
    switch command {
    case .closeHelp:
      state.overlay = nil
      return
    case .helpScrollDown: help.scrollOffset += 1
    case .helpScrollUp: help.scrollOffset -= 1
    case .helpPageDown: help.scrollOffset += page
    default: help.scrollOffset -= page
    }
    let matches = HelpOverlay.matchingBindings(
      HelpContent.bindings(in: state), query: help.query.text
    ).count
    help.scrollOffset = min(max(0, help.scrollOffset), max(0, matches - 1))
    state.overlay = .help(help)
  }

  private static func answerDialog(_ command: AppCommand, in state: inout AppState) -> [Effect] {
    if case .enterpriseForm = state.overlay {
      return FormReducer.answerDiscard(command, in: &state)
    }
    if case .paneForm = state.overlay {
      return PaneFormReducer.answerDiscard(command, in: &state)
    }
    guard case .confirmQuit(var dialog) = state.overlay else { return [] }
    switch command {
    case .nextButton:
      dialog.focusedButton = (dialog.focusedButton + 1) % max(1, dialog.buttons.count)
      state.overlay = .confirmQuit(dialog)
      return []
    case .previousButton:
      let count = max(1, dialog.buttons.count)
      dialog.focusedButton = (dialog.focusedButton + count - 1) % count
      state.overlay = .confirmQuit(dialog)
      return []
    case .answerYes,
      .confirmDialog where dialog.focusedButton == 0:
      state.overlay = nil
      state.isQuitting = true
      return [.quit]
    default:
      state.overlay = nil
      return []
    }
  }

  /// Typing: into the command line or the help search; elsewhere an unbound key is ignored.
  private static func type(_ key: Key, into state: inout AppState) -> [Effect] {
    switch state.overlay {
    case .commandLine(var line):
      if line.field.handle(key) {
        line.completions = []
        line.completionIndex = nil
        state.overlay = .commandLine(line)
      }
      return []
    case .help(var help):
      if help.query.handle(key) {
        help.scrollOffset = 0
        state.overlay = .help(help)
      }
      return []
    case .picker:
      PickerReducer.type(key, into: &state)
      return []
    case nil where state.isEditingFilter:
      ListReducer.typeIntoFilter(key, in: &state)
      return []
    case .enterpriseForm:
      return FormReducer.type(key, into: &state)
    case .paneForm:
      return PaneFormReducer.type(key, into: &state)
    default:
      return []
    }
  }
}
