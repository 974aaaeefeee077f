/// The rules of referrals to public security: who may do what, and how each fact changes the
/// state.
///
/// Order of checks: the referral exists, its case is not archived, the input is valid, the
/// actor's role, the stage, then the legal guards.
enum ReferralRules {
  /// The changes that carry out a command, or why it is refused.
  static func execute(
    _ command: ReferralCommand, by actor: ActorContext, at time: Timestamp, in state: DomainState
  ) throws(Refusal) -> [Change] {
    let context = CaseRules.Context(actor: actor, time: time, state: state)
    if case .draftReferral(let draft) = command {
      return try self.draft(draft, context)
    }
    guard let id = command.referralID, let referral = state.referrals[id] else {
      throw Refusal.notFound(
        LocalizedText(zh: "移送", en: "referral"), command.referralID?.raw ?? "")
    }
    if let record = state.cases[referral.caseID], record.isArchived {
      throw Refusal(
        .readOnly,
        LocalizedText(
          zh: "案件 \(record.displayNumber) 已归档，移送不能再更改",
          en: "Case \(record.displayNumber) is archived: the referral cannot change"))
    }
    return try executeOnReferral(command, referral, context)
  }

  private static func executeOnReferral(
    _ command: ReferralCommand, _ referral: Referral, _ context: CaseRules.Context
  ) throws(Refusal) -> [Change] {
    switch command {
    case .draftReferral: return []
    case .tickDocument(_, let document, let number):
      return try tick(referral, document, number, context)
    case .untickDocument(_, let document): return try untick(referral, document, context)
    case .approveReferral: return try approve(referral, context)
    case .handOver(_, let unit, let at, let copy):
      return try handOver(referral, unit, at, copy, context)
    case .recordReceipt(_, let at, let number): return try receipt(referral, at, number, context)
    case .recordMaterialRequest(_, let at, let items):
      return try materialRequest(referral, at, items, context)
    case .supplyMaterial(_, let note): return try supply(referral, note, context)
    case .recordPoliceDecision(_, let decision, let day):
      return try policeDecision(referral, decision, day, context)
    case .recordRefusalReasons(_, let reasons):
      return try refusalReasons(referral, reasons, context)
    case .requestReconsideration(_, let grounds):
      return try reconsider(referral, grounds, context)
    case .recordReconsiderationAnswer(_, let answer):
      return try answerReconsideration(referral, answer, context)
    case .requestSupervision(_, let note): return try supervise(referral, note, context)
    case .closeReferral(_, let note): return try close(referral, note, context)
    case .cancelReferral(_, let reason): return try cancel(referral, reason, context)
    }
  }

  /// `REF-YYYY-NNNN` for the local year of `time`.
  static func nextReferralID(in state: DomainState, at time: Timestamp) -> ReferralID {
    ReferralID(state.nextRecordID(prefix: "REF", at: time))
  }

  /// Refuses unless the change may apply at the referral's stage.
  static func requireStage(_ change: ReferralChange, _ referral: Referral) throws(Refusal) {
    let allowed = change.allowedStages
    guard allowed.contains(referral.stage) else {
      let names = ReferralStage.allCases.filter(allowed.contains).map(\.title)
      throw Refusal.rule(
        zh: "移送处于“\(referral.stage.title.zh)”阶段，不能\(change.summary.zh)"
          + "（允许的阶段：\(names.map(\.zh).joined(separator: "、"))）",
        en: "The referral is at stage \(referral.stage.title.en): cannot record"
          + " “\(change.summary.en)” (allowed at: \(names.map(\.en).joined(separator: ", ")))")
    }
  }

  /// The documents the referral must hold before hand-over: its kind's list, plus the penalty
  /// decision for a crime referral whose case has one ("if any").
  static func requiredDocuments(_ referral: Referral, in state: DomainState) -> [ReferralDocument] {
    var documents = referral.kind.requiredDocuments
    if referral.kind == .crime, let decision = state.cases[referral.caseID]?.decision,
      decision.decision.kind.imposesPenalty
    {
      documents.append(.penaltyDecision)
    }
    return documents
  }

  /// The required documents not yet ticked.
  static func missingDocuments(_ referral: Referral, in state: DomainState) -> [ReferralDocument] {
    requiredDocuments(referral, in: state).filter { referral.documents[$0] == nil }
  }

  /// Whether the case has a penalty decision (a detention referral needs one first).
  static func hasPenaltyDecision(_ caseID: CaseID, in state: DomainState) -> Bool {
    state.cases[caseID]?.decision?.decision.kind.imposesPenalty ?? false
  }

  /// Applies one change of this area.
  static func apply(_ change: ReferralChange, event: Event, to state: inout DomainState)
    throws(Inconsistency)
  {
    let stamp = ActionStamp(event)
    let id = change.referralID
    if case .referralDrafted(_, let draft, let enterprise) = change {
      guard state.referrals[id] == nil else { throw Inconsistency("referral \(id) exists") }
      guard var record = state.cases[draft.caseID], !record.isArchived else {
        throw Inconsistency("referral \(id): no open case \(draft.caseID)")
      }
      state.referrals[id] = Referral(
        id: id, draft: draft, enterprise: enterprise, drafted: stamp)
      record.referrals.append(id)
      state.cases[draft.caseID] = record
      return
    }
    guard var referral = state.referrals[id] else { throw Inconsistency("no referral \(id)") }
    guard change.allowedStages.contains(referral.stage) else {
      throw Inconsistency("referral \(id) is at stage \(referral.stage.rawValue)")
    }
    try mutate(&referral, change, stamp)
    state.referrals[id] = referral
  }

  private static func mutate(
    _ referral: inout Referral, _ change: ReferralChange, _ stamp: ActionStamp
  )
    throws(Inconsistency)
  {
    switch change {
    case .referralDrafted: break
    case .documentTicked(_, let document, let number):
      referral.documents[document] = number
    case .documentUnticked(_, let document):
      referral.documents[document] = nil
    case .referralApproved:
      referral.approval = stamp
      referral.stage = .approved
    case .handedOver(_, let unit, let at, let copy):
      referral.handOver = ReferralHandOver(
        policeUnit: unit, handedOverAt: at, procuratorateCopy: copy, stamp: stamp)
      referral.stage = .handedOver
    case .receiptRecorded(_, let at, let number):
      referral.receipt = PoliceReceipt(receivedAt: at, receiptNumber: number, stamp: stamp)
      referral.stage = .received
    case .materialRequested(_, let at, let items):
      referral.materialRequests.append(MaterialRequest(requestedAt: at, items: items, stamp: stamp))
      referral.stage = .materialRequested
    case .materialSupplied(_, let note):
      guard let index = referral.materialRequests.lastIndex(where: { $0.supplied == nil }) else {
        throw Inconsistency("referral \(referral.id): no open material request")
      }
      referral.materialRequests[index].supplyNote = note
      referral.materialRequests[index].supplied = stamp
      referral.stage = .received
    case .policeDecisionRecorded(_, let decision, let day):
      referral.policeDecision = PoliceDecisionRecord(
        decision: decision, decidedOn: day, stamp: stamp)
      referral.stage = .policeDecided
    case .refusalReasonsRecorded(_, let reasons):
      guard case .refused? = referral.policeDecision?.decision else {
        throw Inconsistency("referral \(referral.id): no refusal")
      }
      referral.policeDecision?.decision = .refused(reasons: reasons)
      referral.policeDecision?.reasonsReceived = stamp
    case .reconsiderationRequested(_, let grounds):
      referral.reconsideration = Reconsideration(grounds: grounds, requested: stamp)
      referral.stage = .reconsiderationRequested
    case .reconsiderationAnswered(_, let answer):
      guard referral.reconsideration != nil else {
        throw Inconsistency("referral \(referral.id): no reconsideration")
      }
      referral.reconsideration?.answer = answer
      referral.reconsideration?.answered = stamp
      referral.stage = .reconsidered
    case .supervisionRequested(_, let note):
      referral.supervisionNote = note
      referral.supervision = stamp
      referral.stage = .supervisionRequested
    case .referralClosed(_, let note):
      referral.closingNote = note
      referral.closed = stamp
      referral.stage = .closed
    case .referralCancelled(_, let reason):
      referral.cancellationReason = reason
      referral.cancelled = stamp
      referral.stage = .cancelled
    }
  }
}
