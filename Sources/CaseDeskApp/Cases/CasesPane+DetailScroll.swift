import CaseDeskDomain
import TerminalUI

extension CasesPane {
  /// The key-map flag set while the detail's timeline has earlier steps left out (`K`).
  static let detailEarlierFlag = "caseDetailEarlier"
  /// The key-map flag set while the detail's timeline is scrolled back (`J`).
  static let detailLaterFlag = "caseDetailLater"

  /// How the selected case's detail fits where it shows now, or nil when no detail shows.
  static func detailFit(_ state: AppState) -> CaseDetailView.Fit? {
    guard state.activePane == .cases, let row = state.cases.selected,
      let area = CasesPaneView.detailArea(state)
    else { return nil }
    return CaseDetailView.fit(row, state: state, scroll: state.cases.detailScroll, area: area)
  }

  /// Scrolls the detail's timeline back (`steps` > 0, to earlier steps) or forward, within
  /// what the detail leaves out.
  static func scrollDetail(by steps: Int, in state: inout AppState) {
    guard let fit = detailFit(state) else { return }
    state.cases.detailScroll = min(max(0, fit.scroll + steps), fit.maxScroll)
    state.cases.detailScrollCase = state.cases.selected?.id
  }

  /// Starts the detail again at the latest steps when the selection has moved to another case,
  /// and works out the scroll keys' flags (called after every action; none behind an overlay).
  static func catchUpDetail(_ state: inout AppState) {
    let selected = state.cases.selected?.id
    if selected != state.cases.detailScrollCase {
      state.cases.detailScroll = 0
      state.cases.detailScrollCase = selected
    }
    let flags = state.overlay == nil ? detailFlags(state) : []
    if flags != state.cases.detailFlags { state.cases.detailFlags = flags }
  }

  /// The key-map flags of the detail's scrolling: earlier steps left out, scrolled back.
  static func detailFlags(_ state: AppState) -> Set<String> {
    guard let fit = detailFit(state) else { return [] }
    var flags: Set<String> = []
    if fit.scroll < fit.maxScroll { flags.insert(detailEarlierFlag) }
    if fit.scroll > 0 { flags.insert(detailLaterFlag) }
    return flags
  }
}
