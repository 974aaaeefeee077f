extension RectificationRules {
  /// Applies one change of this area; throws when the change does not fit the state.
  static func apply(_ change: RectificationChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    let stamp = ActionStamp(event)
    switch change {
    case .created(let id, let draft):
      guard state.rectificationTasks[id] == nil else {
        throw Inconsistency("rectification task \(id) already exists")
      }
      state.rectificationTasks[id] = RectificationTask(
        id: id, title: draft.title, district: draft.district, deadline: draft.deadline,
        evidence: draft.evidence, enterprises: draft.enterprises, created: stamp)
    case .progressRecorded(let id, let evidence):
      var task = try find(id, status: .inProgress, in: state)
      task.evidence += evidence
      state.rectificationTasks[id] = task
    case .districtAccepted(let id, let day, let note):
      var task = try find(id, status: .inProgress, in: state)
      task.districtAcceptance = RectificationStep(on: day, note: note, stamp: stamp)
      task.status = .districtAccepted
      state.rectificationTasks[id] = task
    case .cityRecheckPassed(let id, let day, let note):
      var task = try find(id, status: .districtAccepted, in: state)
      task.cityRecheck = RectificationStep(on: day, note: note, stamp: stamp)
      task.status = .done
      state.rectificationTasks[id] = task
    case .sentBackToDistrict(let id, let day, let reasons):
      var task = try find(id, status: .districtAccepted, in: state)
      task.sendBacks.append(RectificationStep(on: day, note: reasons, stamp: stamp))
      task.districtAcceptance = nil
      task.status = .inProgress
      state.rectificationTasks[id] = task
    case .enterpriseLinked(let id, let enterprise):
      guard var task = state.rectificationTasks[id], !task.enterprises.contains(enterprise) else {
        throw Inconsistency("cannot link \(enterprise) to rectification task \(id)")
      }
      task.enterprises.append(enterprise)
      state.rectificationTasks[id] = task
    case .enterpriseUnlinked(let id, let enterprise):
      guard var task = state.rectificationTasks[id],
        let index = task.enterprises.firstIndex(of: enterprise)
      else { throw Inconsistency("\(enterprise) is not linked to rectification task \(id)") }
      task.enterprises.remove(at: index)
      state.rectificationTasks[id] = task
    }
  }

  private static func find(
    _ id: RectificationTaskID, status: RectificationTask.Status, in state: DomainState
  ) throws(Inconsistency) -> RectificationTask {
    guard let task = state.rectificationTasks[id] else {
      throw Inconsistency("no rectification task \(id)")
    }
    guard task.status == status else {
      throw Inconsistency("rectification task \(id) is \(task.status.rawValue), not \(status)")
    }
    return task
  }
}
