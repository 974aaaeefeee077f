import CaseDeskDomain

extension EnterpriseRow {
  /// The register's rows from a workspace's state, by name.
  public static func rows(of state: DomainState) -> [EnterpriseRow] {
    var openCases: [EnterpriseID: Int] = [:]
    for record in state.cases.values
    where ![.closed, .archived, .withdrawn].contains(record.stage) {
      openCases[record.enterprise, default: 0] += 1
    }
    return state.enterprises.values.sorted { ($0.name, $0.uscc) < ($1.name, $1.uscc) }.map {
      enterprise in
      EnterpriseRow(
        enterprise: enterprise,
        commissionerName: enterprise.commissioner.flatMap { state.staff[$0]?.name },
        openCases: openCases[enterprise.id] ?? 0)
    }
  }
}
