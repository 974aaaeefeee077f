import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI

/// The demo's social supervisors, a case to invite them to, and a harness logged in as one.
enum CaseSupervisorFixture {
  static var demo: DomainState { AppHarness.demoWorkspace.state }

  /// The supervisors serving on the as-of day, in id order (the invitation form's order).
  static var serving: [SocialSupervisor] {
    let day = Day(CasesFixture.asOf) ?? Day(ordinal: 0)
    return StaffQueries.supervisorsServing(on: day, in: demo)
  }

  /// The serving supervisor invited to the most demo cases (the lowest id of those).
  static var mostInvited: SocialSupervisor? {
    let counts = StaffQueries.participationCounts(
      demo.cases.values.flatMap { $0.supervisors.map(\.supervisor) }, in: demo)
    return serving.max { (counts[$0.id] ?? 0, $1.id) < (counts[$1.id] ?? 0, $0.id) }
  }

  /// The lowest numbered demo case under investigation with no supervisor invited.
  static var uninvitedCase: EnforcementCase? {
    demo.cases.values
      .filter { $0.stage == .investigation && $0.number != nil && $0.supervisors.isEmpty }
      .min { $0.id < $1.id }
  }

  /// The pane form open in a harness, or nil.
  static func form(_ harness: AppHarness) -> PaneForm? {
    if case .paneForm(let form)? = harness.state.overlay { return form }
    return nil
  }

  /// The label the pick lists show for a supervisor.
  static func label(_ supervisor: SocialSupervisor, _ harness: AppHarness) -> String {
    harness.state.strings.format(.supervisorOption, supervisor.name, supervisor.organisation)
  }

  /// A harness logged in as a supervisor (registered as the opener registers them), with the
  /// supervisor invited to `record` by an officer, on the case review pane.
  static func supervisorHarness(
    _ supervisor: SocialSupervisor, invitedTo record: CaseID,
    size: Size = Size(width: 80, height: 24), language: Language = .en
  ) throws -> AppHarness {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: supervisor.id.raw, demo: true, today: CasesFixture.asOf))
    let now = harness.state.now
    if let register = WorkspaceOpener.supervisorRegistration(
      for: supervisor.id.raw, in: harness.store.state)
    {
      _ = try harness.store.make(register, by: .system, at: now)
    }
    _ = try harness.store.make(
      .enforcementCase(.inviteSupervisor(record, supervisor.id)), by: .staff(StaffID("officer1")),
      at: now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, harness.store.events))
    harness.press("pane.cases")
    return harness
  }
}
