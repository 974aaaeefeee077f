extension InspectionRules {
  /// Applies one change of this area; throws when the change does not fit the state.
  static func apply(_ change: InspectionChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    let stamp = ActionStamp(event)
    switch change {
    case .planned(let plan):
      guard state.inspections[plan.id] == nil else {
        throw Inconsistency("inspection \(plan.id) already exists")
      }
      state.inspections[plan.id] = Inspection(
        id: plan.id, enterprise: plan.enterprise, kind: plan.kind, mode: plan.mode,
        plannedOn: plan.plannedOn, officers: plan.officers, reason: plan.reason,
        isPositiveListException: plan.isPositiveListException, planned: stamp)

    case .approved(let id, let form, let notice):
      var inspection = try open(id, in: state)
      guard inspection.stage == .planned else {
        throw Inconsistency("inspection \(id) is not awaiting approval")
      }
      inspection.approval = InspectionApproval(
        approvalFormNumber: form, noticeNumber: notice, stamp: stamp)
      state.inspections[id] = inspection
      state.inspectionDocumentNumbers["notice:" + notice] = id
      state.inspectionDocumentNumbers["form:" + form] = id

    case .withdrawn(let id, let reason):
      var inspection = try open(id, in: state)
      guard inspection.stage == .planned || inspection.stage == .approved else {
        throw Inconsistency("inspection \(id) can no longer be withdrawn")
      }
      inspection.withdrawal = InspectionWithdrawal(reason: reason, stamp: stamp)
      state.inspections[id] = inspection

    case .scannedIn(let id, let scannedAt, let place, let officers, let verification):
      var inspection = try open(id, in: state)
      let rescan = inspection.stage == .scannedIn && inspection.scanIn?.verification == .failed
      guard inspection.mode == .onSite, inspection.stage == .approved || rescan else {
        throw Inconsistency("inspection \(id) cannot be scanned in now")
      }
      inspection.scanIn = InspectionScanIn(
        scannedAt: scannedAt, place: place, officers: officers, verification: verification,
        stamp: stamp)
      state.inspections[id] = inspection

    case .resultRecorded(let id, let outcome, let findings, let problems):
      var inspection = try open(id, in: state)
      guard inspection.approval != nil, inspection.result == nil,
        inspection.mode == .offSite || inspection.scanIn?.verification == .verified
      else { throw Inconsistency("inspection \(id) cannot take a result now") }
      guard (outcome == .healthCheckForm) == !problems.isEmpty else {
        throw Inconsistency("inspection \(id): health-check problems do not match the outcome")
      }
      inspection.result = InspectionResult(outcome: outcome, findings: findings, stamp: stamp)
      if !problems.isEmpty {
        inspection.healthCheckForm = HealthCheckForm(
          problems: problems.map { HealthCheckProblem(description: $0) }, issued: stamp)
      }
      state.inspections[id] = inspection

    case .healthCheckProblemVerified(let id, let index, let isFixed, let day, let officer):
      guard var inspection = state.inspections[id] else {
        throw Inconsistency("no inspection \(id)")
      }
      guard var form = inspection.healthCheckForm, form.problems.indices.contains(index),
        form.problems[index].verification?.isFixed != true
      else { throw Inconsistency("inspection \(id) has no open health-check problem \(index)") }
      form.problems[index].verification = HealthCheckVerification(
        isFixed: isFixed, verifiedOn: day, officer: officer, stamp: stamp)
      inspection.healthCheckForm = form
      state.inspections[id] = inspection

    case .evaluated(let id, let evaluation):
      var inspection = try open(id, in: state)
      guard inspection.stage == .resultRecorded, inspection.mode == .onSite else {
        throw Inconsistency("inspection \(id) cannot be evaluated now")
      }
      inspection.evaluation = evaluation
      inspection.evaluated = stamp
      state.inspections[id] = inspection

    case .filed(let id):
      var inspection = try open(id, in: state)
      guard inspection.result != nil else {
        throw Inconsistency("inspection \(id) has no result to file")
      }
      inspection.filed = stamp
      state.inspections[id] = inspection

    case .supervisorInvited(let id, let supervisor):
      var inspection = try open(id, in: state)
      guard !inspection.supervisors.contains(where: { $0.supervisor == supervisor }) else {
        throw Inconsistency("\(supervisor) is already invited to inspection \(id)")
      }
      inspection.supervisors.append(SupervisorInvitation(supervisor: supervisor, invited: stamp))
      state.inspections[id] = inspection

    case .supervisorParticipationRecorded(let id, let supervisor, let participated, let opinion):
      var inspection = try open(id, in: state)
      guard
        let index = inspection.supervisors.firstIndex(where: { $0.supervisor == supervisor }),
        inspection.supervisors[index].participated == nil
      else { throw Inconsistency("\(supervisor) has no open invitation to inspection \(id)") }
      inspection.supervisors[index].participated = participated
      inspection.supervisors[index].opinion = opinion
      state.inspections[id] = inspection

    case .caseOpened(let id, let caseID):
      guard var inspection = state.inspections[id], inspection.acceptsCaseOpening,
        !inspection.cases.contains(caseID)
      else { throw Inconsistency("no case can be opened from inspection \(id)") }
      inspection.cases.append(caseID)
      switch inspection.result?.outcome {
      case nil:
        inspection.result = InspectionResult(outcome: .caseOpened, findings: "", stamp: stamp)
      case .compliant?, .problemsFound?:
        inspection.result?.outcome = .caseOpened
      case .healthCheckForm?, .caseOpened?:
        break
      }
      state.inspections[id] = inspection
    }
  }

  /// The inspection, when it exists and is neither withdrawn nor filed.
  private static func open(_ id: InspectionID, in state: DomainState) throws(Inconsistency)
    -> Inspection
  {
    guard let inspection = state.inspections[id] else { throw Inconsistency("no inspection \(id)") }
    guard inspection.withdrawal == nil, inspection.filed == nil else {
      throw Inconsistency("inspection \(id) is withdrawn or filed")
    }
    return inspection
  }
}
