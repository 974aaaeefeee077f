extension CaseRules {
  /// The stages at which a change may apply (execute refuses and apply rejects elsewhere).
  static func allowedStages(_ change: CaseChange) -> Set<CaseStage> {
    let investigating: Set<CaseStage> = [.investigation]
    let afterInvestigation: Set<CaseStage> = CaseStage.beforeDecision.subtracting([.filed])
    let enforcing: Set<CaseStage> = [.served, .enforcement]
    switch change {
    case .caseOpened: return []
    case .caseFiled: return [.opened]
    case .filingWithdrawn, .extensionGranted, .clockPaused, .clockResumed:
      return CaseStage.beforeDecision
    case .investigationStarted: return [.filed]
    case .evidenceRecorded, .evidencePreserved, .noCoercionApplied, .investigationReported:
      return investigating
    case .preservationDecided: return afterInvestigation
    case .caseReviewed: return [.reported]
    case .flagsSet: return CaseStage.beforeDecision.union([.opened])
    case .priorNoticeGiven: return [.reviewed, .legalReviewed, .discussed, .decided]
    case .statementRecorded: return [.notified, .hearing, .legalReviewed, .discussed]
    case .hearingRequested: return [.notified]
    case .hearingScheduled, .hearingHeld: return [.hearing]
    case .legalReviewRecorded: return [.reviewed, .notified, .hearing, .discussed]
    case .collectiveDiscussionRecorded: return [.reviewed, .notified, .hearing, .legalReviewed]
    case .decisionMade: return CaseStage.readyForDecision.union([.decided])
    case .decisionServed: return [.decided]
    case .paymentRecorded, .instalmentsApproved, .enforcementRecorded: return enforcing
    case .recheckRecorded: return enforcing.union([.decided])
    case .caseClosed: return enforcing.union([.decided])
    case .caseArchived: return [.closed, .withdrawn]
    case .supervisorInvited, .supervisorOpinionAdded:
      return Set(CaseStage.allCases).subtracting([.archived])
    }
  }
}
