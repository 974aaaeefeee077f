/// The facts recorded about penalty cases through their legal stages.
///
/// Each carries every value needed to apply it; the event adds who and when.
public enum CaseChange: Equatable, Sendable {
  case caseOpened(CaseID, CaseOpening)
  case caseFiled(CaseID, CaseNumber, FilingConditions)
  case filingWithdrawn(CaseID, reason: String)
  case investigationStarted(CaseID, officers: [StaffID])
  case evidenceRecorded(CaseID, EvidenceRecord)
  case evidencePreserved(CaseID, items: String)
  case preservationDecided(CaseID, index: Int, outcome: PreservationOutcome, note: String)
  case noCoercionApplied(CaseID, listItem: String, reason: String)
  case investigationReported(CaseID, InvestigationReport)
  case caseReviewed(CaseID, ReviewOutcome)
  case flagsSet(CaseID, CaseFlags)
  case priorNoticeGiven(CaseID, PriorNotice)
  case statementRecorded(CaseID, text: String, waivesHearing: Bool)
  case hearingRequested(CaseID, requestedOn: Day)
  case hearingScheduled(CaseID, hearingOn: Day, noticeServedOn: Day)
  case hearingHeld(CaseID, heldOn: Day, record: String)
  case legalReviewRecorded(CaseID, LegalReviewChecklist, ReviewOutcome)
  case collectiveDiscussionRecorded(CaseID, heldOn: Day, minutes: String, conclusion: String)
  case extensionGranted(CaseID, days: Int, reason: String, collectiveMinutes: String)
  case clockPaused(CaseID, ClockPauseKind, reason: String, on: Day)
  case clockResumed(CaseID, on: Day)
  case decisionMade(
    CaseID, CaseDecision, documentNumber: String, decidedOn: Day, referral: ReferralID?)
  case decisionServed(CaseID, servedOn: Day, way: ServiceWay)
  case paymentRecorded(CaseID, amountFen: Int, paidOn: Day, receipt: String)
  case instalmentsApproved(CaseID, [Instalment])
  case enforcementRecorded(CaseID, EnforcementAction)
  case recheckRecorded(CaseID, checkedOn: Day, correctionHeld: Bool, note: String)
  case caseClosed(CaseID)
  case caseArchived(CaseID)
  case supervisorInvited(CaseID, SupervisorID)
  case supervisorOpinionAdded(CaseID, SupervisorID, opinion: String)

  /// The case the change is about.
  public var caseID: CaseID {
    switch self {
    case .caseOpened(let id, _), .caseFiled(let id, _, _), .filingWithdrawn(let id, _),
      .investigationStarted(let id, _), .evidenceRecorded(let id, _),
      .evidencePreserved(let id, _), .preservationDecided(let id, _, _, _),
      .noCoercionApplied(let id, _, _), .investigationReported(let id, _),
      .caseReviewed(let id, _), .flagsSet(let id, _), .priorNoticeGiven(let id, _),
      .statementRecorded(let id, _, _), .hearingRequested(let id, _),
      .hearingScheduled(let id, _, _), .hearingHeld(let id, _, _),
      .legalReviewRecorded(let id, _, _), .collectiveDiscussionRecorded(let id, _, _, _),
      .extensionGranted(let id, _, _, _), .clockPaused(let id, _, _, _),
      .clockResumed(let id, _), .decisionMade(let id, _, _, _, _),
      .decisionServed(let id, _, _), .paymentRecorded(let id, _, _, _),
      .instalmentsApproved(let id, _), .enforcementRecorded(let id, _),
      .recheckRecorded(let id, _, _, _), .caseClosed(let id), .caseArchived(let id),
      .supervisorInvited(let id, _), .supervisorOpinionAdded(let id, _, _):
      return id
    }
  }
}
