/// Queries on the staff list and the social supervisors.
public enum StaffQueries {
  /// Active members holding a role, sorted by id.
  public static func activeMembers(with role: StaffRole, in state: DomainState) -> [StaffMember] {
    state.staff.values.filter { $0.isActive && $0.roles.contains(role) }.sorted { $0.id < $1.id }
  }

  /// Supervisors who may be invited on a day (active, within their term), sorted by id.
  public static func supervisorsServing(on day: Day, in state: DomainState) -> [SocialSupervisor] {
    state.supervisors.values.filter { $0.isServing(on: day) }.sorted { $0.id < $1.id }
  }

  /// Participations per supervisor, counted from the supervisor ids other records store.
  ///
  /// Inspections and case reviews keep the ids of the supervisors who took part; a query passes
  /// them all here (one element per participation). Every supervisor in the register appears,
  /// with zero when they never took part; ids not in the register are ignored.
  public static func participationCounts(
    _ participations: some Sequence<SupervisorID>, in state: DomainState
  ) -> [SupervisorID: Int] {
    var counts = Dictionary(uniqueKeysWithValues: state.supervisors.keys.map { ($0, 0) })
    for id in participations where counts[id] != nil { counts[id, default: 0] += 1 }
    return counts
  }

  /// The problems with supervisors invited to something on a day (for other areas' commands).
  ///
  /// Each must be in the register, active and within their term.
  public static func invitationProblems(
    _ ids: [SupervisorID], on day: Day, field: String = "supervisors", in state: DomainState
  ) -> [ValidationProblem] {
    var problems: [ValidationProblem] = []
    for (index, id) in ids.enumerated() {
      let name = "\(field)[\(index)]"
      guard let supervisor = state.supervisors[id] else {
        problems.append(
          ValidationProblem(
            field: name, zh: "社会监督员名单中没有 \(id)", en: "\(id) is not a registered supervisor"))
        continue
      }
      if !supervisor.isServing(on: day) {
        problems.append(
          ValidationProblem(
            field: name, zh: "\(supervisor.name) 在 \(day) 不在聘期内或已停用",
            en: "\(supervisor.name) is not serving on \(day)"))
      }
    }
    return problems
  }
}
