import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI

/// Harnesses on the case review pane, the demo's staff by role, and its cases by stage.
enum CasesFixture {
  static var demo: DomainState { AppHarness.demoWorkspace.state }
  /// The demo's as-of day: every recorded step lies before it.
  static let asOf = "2025-12-20"
  /// Noon of the as-of day, the harness's "now".
  static let now = harness().state.now

  /// The demo staff member with `role` (and only the roles in `alsoAllowed` besides), lowest
  /// id first, who has at least one case in their queue at the harness's day.
  static func staff(
    _ role: StaffRole, alsoAllowed: Set<StaffRole> = [], at now: Timestamp
  ) -> StaffID? {
    demo.staff.values
      .filter {
        $0.isActive && $0.roles.contains(role)
          && Set($0.roles).subtracting([role]).isSubset(of: alsoAllowed)
      }
      .map(\.id)
      .sorted()
      .first { id in
        demo.queue(for: id, at: now).contains {
          if case .enforcementCase = $0.record { return true }
          return false
        }
      }
  }

  /// The demo's cases at a stage, lowest id first.
  static func cases(at stage: CaseStage) -> [EnforcementCase] {
    demo.cases.values.filter { $0.stage == stage }.sorted { $0.id < $1.id }
  }

  /// A harness on the case review pane, on the as-of day unless told.
  static func harness(
    size: Size = Size(width: 80, height: 24), language: Language = .zh,
    operator id: StaffID? = nil, today: String = asOf
  ) -> AppHarness {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: id?.raw, demo: true, today: today))
    harness.press("pane.cases")
    return harness
  }

  /// Moves the selection down to a case by key presses; false when the list does not show it.
  @discardableResult
  static func select(_ id: CaseID, in harness: AppHarness) -> Bool {
    let pane = harness.state.cases
    guard let row = (0..<pane.list.order.count).first(where: { pane.record(atRow: $0)?.id == id })
    else { return false }
    harness.press("list.first")
    for _ in 0..<row { harness.press("list.down") }
    return harness.state.cases.selected?.id == id
  }
}
