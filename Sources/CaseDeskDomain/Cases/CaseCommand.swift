/// What a user asks of penalty cases through their legal stages.
///
/// Every command but `openCase` names its case; an archived case refuses them all.
public enum CaseCommand: Equatable, Sendable {
  /// Registers a case from a clue, an inspection or another source (officer).
  case openCase(CaseOpening)
  /// Approves filing (立案) with the four conditions; assigns the case number (approver).
  case fileCase(CaseID, FilingConditions)
  /// Withdraws the filing (撤销立案) with a reason, before a decision (approver).
  case withdrawFiling(CaseID, reason: String)
  /// Starts the investigation with two or more certified officers (officer).
  case startInvestigation(CaseID, officers: [StaffID])
  /// Adds an investigation record (officer).
  case recordEvidence(CaseID, EvidenceRecord)
  /// Registers and preserves evidence (先行登记保存); its decision is due within 7 days (officer).
  case preserveEvidence(CaseID, items: String)
  /// Decides about preserved evidence, by its position in the case's list (officer).
  case decidePreservedEvidence(CaseID, index: Int, outcome: PreservationOutcome, note: String)
  /// Records that no coercive measure is used, under a no-coercive-measures list item (officer).
  case applyNoCoercion(CaseID, listItem: String, reason: String)
  /// Submits the investigation report (调查终结) for case review (officer).
  case submitInvestigationReport(CaseID, InvestigationReport)
  /// Reviews the case (案件审查) as the separate unit: pass, or send back (legal reviewer).
  case reviewCase(CaseID, ReviewOutcome)
  /// Sets the major-public-interest and complex flags (officer, legal reviewer or approver).
  case setFlags(CaseID, CaseFlags)
  /// Gives the prior notice (告知) (officer).
  case givePriorNotice(CaseID, PriorNotice)
  /// Records the party's statement and defence (officer).
  case recordStatement(CaseID, text: String, waivesHearing: Bool)
  /// Records the party's hearing request (officer).
  case recordHearingRequest(CaseID, requestedOn: Day)
  /// Schedules the hearing and records the served notice of hearing (officer).
  case scheduleHearing(CaseID, hearingOn: Day, noticeServedOn: Day)
  /// Records the hearing held (officer).
  case recordHearing(CaseID, heldOn: Day, record: String)
  /// Records the legal review (法制审核) with its checklist (legal reviewer with qualification).
  case recordLegalReview(CaseID, LegalReviewChecklist, ReviewOutcome)
  /// Records the collective discussion's minutes (approver).
  case recordCollectiveDiscussion(CaseID, heldOn: Day, minutes: String, conclusion: String)
  /// Grants the next extension of the decision clock (approver; the second needs minutes).
  case grantExtension(CaseID, reason: String, collectiveMinutes: String)
  /// Pauses the decision clock: a suspension (approver) or an excluded period (officer).
  case pauseClock(CaseID, ClockPauseKind, reason: String, on: Day)
  /// Ends the open pause: resumes a suspended case or ends an excluded period.
  case resumeClock(CaseID, on: Day)
  /// Decides the case (approver); a referral decision drafts a crime referral.
  case decide(CaseID, CaseDecision, documentNumber: String)
  /// Records the service of the decision (clerk or officer).
  case recordService(CaseID, servedOn: Day, way: ServiceWay)
  /// Records a payment in fen (clerk or officer).
  case recordPayment(CaseID, amountFen: Int, paidOn: Day, receipt: String)
  /// Approves paying the fine in instalments (approver).
  case approveInstalments(CaseID, [Instalment])
  /// Records a demand or a court application (clerk or officer).
  case recordEnforcement(CaseID, EnforcementAction)
  /// Records the follow-up re-check after a no-penalty decision (officer).
  case recordRecheck(CaseID, checkedOn: Day, correctionHeld: Bool, note: String)
  /// Closes the case (结案) (approver).
  case closeCase(CaseID)
  /// Archives the closed or withdrawn case; nothing changes after (clerk or approver).
  case archiveCase(CaseID)
  /// Invites a social supervisor to the case review (officer, legal reviewer or approver).
  case inviteSupervisor(CaseID, SupervisorID)
  /// Adds an invited supervisor's opinion (the supervisor, or an officer on their behalf).
  case addSupervisorOpinion(CaseID, SupervisorID, opinion: String)

  /// The case the command names (nil for `openCase`).
  public var caseID: CaseID? {
    switch self {
    case .openCase: return nil
    case .fileCase(let id, _), .withdrawFiling(let id, _), .startInvestigation(let id, _),
      .recordEvidence(let id, _), .preserveEvidence(let id, _),
      .decidePreservedEvidence(let id, _, _, _), .applyNoCoercion(let id, _, _),
      .submitInvestigationReport(let id, _), .reviewCase(let id, _), .setFlags(let id, _),
      .givePriorNotice(let id, _), .recordStatement(let id, _, _),
      .recordHearingRequest(let id, _), .scheduleHearing(let id, _, _),
      .recordHearing(let id, _, _), .recordLegalReview(let id, _, _),
      .recordCollectiveDiscussion(let id, _, _, _), .grantExtension(let id, _, _),
      .pauseClock(let id, _, _, _), .resumeClock(let id, _), .decide(let id, _, _),
      .recordService(let id, _, _), .recordPayment(let id, _, _, _),
      .approveInstalments(let id, _), .recordEnforcement(let id, _),
      .recordRecheck(let id, _, _, _), .closeCase(let id), .archiveCase(let id),
      .inviteSupervisor(let id, _), .addSupervisorOpinion(let id, _, _):
      return id
    }
  }
}
