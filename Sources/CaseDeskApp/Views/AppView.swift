import TerminalUI

/// The whole screen as a function of the state: top bar, tabs, pane, message line, footer,
/// and whatever overlay is open.
public enum AppView {
  /// The rows between the tabs and the message line.
  public static func paneArea(for size: Size) -> Rect {
    Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
  }

  /// Renders the state into a buffer of the state's size.
  public static func render(_ state: AppState, into buffer: inout Buffer) {
    if buffer.size != state.size { buffer.resize(to: state.size) }
    buffer.fill(buffer.bounds, role: .normal)
    buffer.cursor = nil
    let strings = state.strings
    if state.isTooSmall {
      renderTooSmall(state, into: &buffer)
      return
    }
    let size = state.size
    TopBarView.render(state, into: &buffer, area: Rect(x: 0, y: 0, width: size.width, height: 1))
    Tabs.render(
      into: &buffer, area: Rect(x: 0, y: 1, width: size.width, height: 1),
      titles: PaneID.allCases.map { strings[$0.titleKey] },
      selected: state.activePane.rawValue - 1)
    let pane = paneArea(for: size)
    switch state.activePane {
    case .enterprises: EnterprisesPaneView.render(state, into: &buffer, area: pane)
    case .positiveList: PositiveListPaneView.render(state, into: &buffer, area: pane)
    case .cases: CasesPaneView.render(state, into: &buffer, area: pane)
    case .referrals: ReferralsPaneView.render(state, into: &buffer, area: pane)
    default:
      PlaceholderPaneView.render(state.activePane, strings: strings, into: &buffer, area: pane)
    }
    let messageRow = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
    if let progress = state.progress {
      ProgressBar.render(
        into: &buffer, area: messageRow, fraction: progress.fraction,
        label: progress.title + " " + "\(progress.done)/\(progress.total)")
    } else {
      MessageLine.render(into: &buffer, area: messageRow, message: state.message)
    }
    let bindings = state.keyMap.activeBindings(scopes: state.activeScopes, flags: state.activeFlags)
    Footer.render(
      into: &buffer, area: Rect(x: 0, y: size.height - 1, width: size.width, height: 1),
      bindings: bindings,
      pinned: bindings.filter { $0.command == AppCommand.help.rawValue })
    switch state.overlay {
    case .help(let help):
      let area = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
      buffer.fill(area, role: .normal)
      HelpOverlay.render(
        into: &buffer, area: area,
        title: strings[.helpTitle], bindings: HelpContent.bindings(in: state), state: help,
        scopeTitle: { strings[AppScope.titleKey($0)] }, searchLabel: strings[.helpSearch])
    case .commandLine(let line):
      CommandLineView.render(line, strings: strings, into: &buffer, row: messageRow)
    case .confirmQuit(let dialog):
      dialog.render(into: &buffer, area: buffer.bounds)
    case .picker(let picker):
      PickerView.render(picker, strings: strings, into: &buffer, size: size)
    case .columnChooser(let chooser):
      ColumnChooserView.render(chooser, strings: strings, into: &buffer, size: size)
    case .statusCard(let card):
      StatusCardView.render(card, state: state, into: &buffer, area: pane)
    case .history(let history):
      HistoryView.render(history, state: state, into: &buffer, area: pane)
    case .enterpriseForm(let form):
      EnterpriseFormView.render(form, into: &buffer, size: size)
    case .paneForm(let form):
      Form.render(into: &buffer, area: EnterpriseFormView.area(for: size), state: form.form)
      form.discardQuestion?.render(into: &buffer, area: Rect(size: size))
    case .bulkAdmission(let bulk):
      BulkAdmissionView.render(bulk, strings: strings, into: &buffer, area: pane)
    case nil:
      break
    }
  }

  private static func renderTooSmall(_ state: AppState, into buffer: inout Buffer) {
    let text = state.strings.format(
      .tooSmall, "\(state.size.width)×\(state.size.height)",
      "\(AppState.minimumSize.width)×\(AppState.minimumSize.height)")
    let lines = TextWrap.lines(text, width: max(1, state.size.width))
    let top = max(0, (state.size.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let x = max(0, (state.size.width - DisplayWidth.columns(line)) / 2)
      buffer.write(line, x: x, y: top + index, role: .messageError)
    }
  }
}
