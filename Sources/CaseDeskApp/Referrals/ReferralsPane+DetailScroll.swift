import CaseDeskDomain
import TerminalUI

extension ReferralsPane {
  /// The key-map flag set while the detail has earlier steps left out (`K`).
  static let detailEarlierFlag = "referralDetailEarlier"
  /// The key-map flag set while the detail has later steps or checklist lines left out (`J`).
  static let detailLaterFlag = "referralDetailLater"

  /// How the selected referral's detail fits where it shows now, or nil when no detail shows.
  static func detailFit(_ state: AppState) -> CaseDetailView.Fit? {
    guard state.activePane == .referrals, let row = state.referrals.selected,
      let area = ReferralsPaneView.detailArea(state)
    else { return nil }
    return ReferralDetailView.fit(
      row, state: state, scroll: state.referrals.detailScroll.offset, area: area)
  }

  /// Scrolls the detail back (`steps` > 0, to earlier steps) or forward (to later steps and
  /// into the documents checklist), within what the detail leaves out.
  static func scrollDetail(by steps: Int, in state: inout AppState) {
    guard let fit = detailFit(state) else { return }
    state.referrals.detailScroll.move(
      by: steps, within: fit.range, record: state.referrals.selected?.id.raw)
  }

  /// Starts the detail again at its default when the selection has moved to another referral,
  /// and works out the scroll keys' flags (called after every action; none behind an overlay).
  static func catchUpDetail(_ state: inout AppState) {
    let range = state.overlay == nil ? detailFit(state)?.range : nil
    state.referrals.detailScroll.catchUp(
      selected: state.referrals.selected?.id.raw, range: range, earlier: detailEarlierFlag,
      later: detailLaterFlag)
  }
}
