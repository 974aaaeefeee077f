import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI

/// Harnesses on the referrals pane at the demo's as-of day, and the demo's referrals by story.
enum ReferralsFixture {
  static var demo: DomainState { AppHarness.demoWorkspace.state }
  /// The demo's as-of day: every recorded step lies before it.
  static let asOf = "2025-12-20"

  /// The demo's referrals, lowest id first.
  static var referrals: [Referral] { demo.referrals.values.sorted { $0.id < $1.id } }

  /// A crime referral the police filed after asking for more material.
  static var filedAfterMaterial: Referral? {
    referrals.first {
      $0.kind == .crime && !$0.materialRequests.isEmpty && $0.policeDecision?.decision == .filed
    }
  }

  /// A detention referral the police refused, reconsidered on the bureau's request.
  static var refusedAndReconsidered: Referral? {
    referrals.first {
      $0.kind == .detention && $0.policeDecision?.decision.isRefusal == true
        && $0.reconsideration?.answer != nil
    }
  }

  /// The crime referral awaiting the police's first answer (its 24-hour clock running).
  static var awaitingPolice: Referral? { referrals.first { $0.stage == .received } }

  /// The crime referral awaiting the department head's approval.
  static var awaitingApproval: Referral? { referrals.first { $0.stage == .drafted } }

  /// A harness on the referrals pane, on the as-of day unless told.
  static func harness(
    size: Size = Size(width: 80, height: 24), language: Language = .zh,
    operator id: StaffID? = nil, today: String = asOf
  ) -> AppHarness {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: id?.raw, demo: true, today: today))
    harness.press("pane.referrals")
    return harness
  }

  /// Moves the selection to a referral by key presses; false when the list does not show it.
  @discardableResult
  static func select(_ id: ReferralID, in harness: AppHarness) -> Bool {
    let pane = harness.state.referrals
    guard
      let row = (0..<pane.list.order.count).first(where: { pane.record(atRow: $0)?.id == id })
    else { return false }
    harness.press("list.first")
    for _ in 0..<row { harness.press("list.down") }
    return harness.state.referrals.selected?.id == id
  }

  /// The rows the list shows, in display order.
  static func shownRows(in harness: AppHarness) -> [ReferralRow] {
    let pane = harness.state.referrals
    return (0..<pane.list.order.count).compactMap { pane.record(atRow: $0) }
  }
}
