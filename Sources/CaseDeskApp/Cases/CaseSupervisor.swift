import CaseDeskDomain

/// The social supervisors of the case review pane: whether the operator is one, who may be
/// invited, and whose opinion a case awaits.
enum CaseSupervisor {
  /// The register's supervisor the operator logged in as, or nil for a staff member.
  ///
  /// A supervisor logs in with their supervisor id; on the staff list they hold no role but
  /// `.supervisor` (or are not on it yet).
  static func supervisor(of staffID: StaffID, in state: DomainState) -> SocialSupervisor? {
    guard let found = state.supervisors[SupervisorID(staffID.raw)] else { return nil }
    let roles = state.staff[staffID]?.roles ?? [.supervisor]
    return roles.allSatisfy { $0 == .supervisor } ? found : nil
  }

  /// Whether a case awaits the opinion of an invited supervisor.
  static func awaitsOpinion(_ record: EnforcementCase, of id: SupervisorID) -> Bool {
    record.supervisors.contains { $0.supervisor == id && $0.opinion == nil }
  }

  /// The supervisors serving on the operator's day, in id order.
  static func serving(in state: AppState) -> [SocialSupervisor] {
    StaffQueries.supervisorsServing(
      on: state.now.day(utcOffset: state.domain.settings.utcOffset), in: state.domain)
  }

  /// The invited supervisors whose opinion the case awaits and that the operator may record:
  /// their own as a supervisor, any of them otherwise.
  static func awaitingOpinion(_ record: EnforcementCase, in state: AppState) -> [SupervisorID] {
    let waiting = record.supervisors.filter { $0.opinion == nil }.map(\.supervisor)
    guard let me = supervisor(of: StaffID(state.operatorInfo.id), in: state.domain) else {
      return waiting
    }
    return waiting.filter { $0 == me.id }
  }

  /// A supervisor as the pick list shows them: name and organisation (the id when the
  /// register lacks them).
  static func label(_ id: SupervisorID, in state: AppState) -> String {
    guard let found = state.domain.supervisors[id] else { return id.raw }
    return state.strings.format(.supervisorOption, found.name, found.organisation)
  }
}
