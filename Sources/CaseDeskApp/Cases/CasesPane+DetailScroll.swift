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
    return CaseDetailView.fit(
      row, state: state, scroll: state.cases.detailScroll.offset, area: area)
  }

  /// Scrolls the detail's timeline back (`steps` > 0, to earlier steps) or forward, within
  /// what the detail leaves out.
  static func scrollDetail(by steps: Int, in state: inout AppState) {
    guard let fit = detailFit(state) else { return }
    state.cases.detailScroll.move(
      by: steps, within: fit.range, record: state.cases.selected?.id.raw)
  }

  /// Starts the detail again at the latest steps when the selection has moved to another case,
  /// and works out the scroll keys' flags (called after every action; none behind an overlay).
  static func catchUpDetail(_ state: inout AppState) {
    let range = state.overlay == nil ? detailFit(state)?.range : nil
    state.cases.detailScroll.catchUp(
      selected: state.cases.selected?.id.raw, range: range, earlier: detailEarlierFlag,
      later: detailLaterFlag)
  }
}
