extension ClueRules {
  /// Applies one change of this area; throws when the change does not fit the state.
  static func apply(_ change: ClueChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    let stamp = ActionStamp(event)
    switch change {
    case .received(let id, let intake):
      guard state.clues[id] == nil else { throw Inconsistency("clue \(id) already exists") }
      state.clues[id] = Clue(
        id: id, source: intake.source, enterprise: intake.enterprise, facts: intake.facts,
        measurement: intake.measurement, receivedAt: intake.receivedAt, received: stamp)
    case .verified(let id, let verification):
      var clue = try open(id, in: state)
      clue.verification = verification
      clue.verified = stamp
      state.clues[id] = clue
    case .filingDecisionExtended(let id, let reason):
      var clue = try open(id, in: state)
      guard clue.filingExtension == nil else {
        throw Inconsistency("clue \(id) is already extended")
      }
      clue.filingExtension = ClueFilingExtension(reason: reason, stamp: stamp)
      state.clues[id] = clue
    case .dismissed(let id, let reason):
      var clue = try open(id, in: state)
      clue.disposition = .dismissed
      clue.dismissalReason = reason
      clue.disposed = stamp
      state.clues[id] = clue
    case .convertedToInspection(let id, let inspectionID):
      var clue = try open(id, in: state)
      guard let inspection = state.inspections[inspectionID] else {
        throw Inconsistency("no inspection \(inspectionID) for clue \(id)")
      }
      guard clue.enterprise == nil || clue.enterprise == inspection.enterprise else {
        throw Inconsistency("inspection \(inspectionID) concerns another enterprise than \(id)")
      }
      clue.enterprise = inspection.enterprise
      clue.disposition = .convertedToInspection
      clue.inspection = inspectionID
      clue.disposed = stamp
      state.clues[id] = clue
    case .convertedToCase(let id, let caseID):
      guard var clue = state.clues[id] else { throw Inconsistency("no clue \(id)") }
      guard clue.canConvertToCase else {
        throw Inconsistency("clue \(id) cannot be converted to a case")
      }
      clue.disposition = .convertedToCase
      clue.caseID = caseID
      clue.disposed = stamp
      state.clues[id] = clue
    }
  }

  private static func open(_ id: ClueID, in state: DomainState) throws(Inconsistency) -> Clue {
    guard let clue = state.clues[id] else { throw Inconsistency("no clue \(id)") }
    guard clue.isOpen else { throw Inconsistency("clue \(id) is no longer open") }
    return clue
  }
}
