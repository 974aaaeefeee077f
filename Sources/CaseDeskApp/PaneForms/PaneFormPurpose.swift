import CaseDeskDomain

/// What a pane form is for, with the record it acts on.
public enum PaneFormPurpose: Equatable, Sendable {
  /// Admits an enterprise to the positive list (or proposes it for approval).
  case admit(EnterpriseID)
  /// Approves a proposed admission (approver).
  case approveAdmission(EnterpriseID)
  /// Rejects a proposed admission with a reason (approver).
  case rejectAdmission(EnterpriseID)
  /// Suspends a listed entry with a reason.
  case suspend(EnterpriseID)
  /// Restores a suspended entry.
  case restore(EnterpriseID)
  /// Removes an entry with a reason.
  case remove(EnterpriseID)
  /// Records a periodic review and sets the next one.
  case recordReview(EnterpriseID)
  /// Plans an inspection of an enterprise (the positive list's guard applies).
  case planInspection(EnterpriseID)
  /// Takes a step that advances a case (the steps the operator may take are offered).
  case caseStep(CaseID, CaseStep)
  /// Invites a social supervisor to a case's review.
  case inviteSupervisor(CaseID)
  /// Records an invited supervisor's opinion on a case.
  case supervisorOpinion(CaseID)
  /// Opens a case (案源登记) on an enterprise's clue, inspection or another source; the
  /// enterprise is chosen in the form unless given.
  case openCase(EnterpriseID?)
  /// Takes a step of a referral to the police (the steps the operator may take are offered).
  case referralStep(ReferralID, ReferralStep)
  /// Drafts a referral for a case (nil: the case is chosen in the form).
  case draftReferral(CaseID?)

  /// The enterprise the form acts on (an empty id for a case step: the case names it).
  public var enterprise: EnterpriseID {
    switch self {
    case .caseStep, .inviteSupervisor, .supervisorOpinion, .referralStep, .draftReferral:
      return EnterpriseID("")
    case .admit(let id), .approveAdmission(let id), .rejectAdmission(let id), .suspend(let id),
      .restore(let id), .remove(let id), .recordReview(let id), .planInspection(let id):
      return id
    case .openCase(let id): return id ?? EnterpriseID("")
    }
  }

  /// The rules of the form's kind.
  var kind: any PaneFormKind.Type {
    switch self {
    case .admit, .approveAdmission, .rejectAdmission: return AdmissionForm.self
    case .suspend, .restore, .remove, .recordReview: return StandingForm.self
    case .planInspection: return InspectionPlanForm.self
    case .caseStep: return CaseStepForm.self
    case .inviteSupervisor, .supervisorOpinion: return SupervisorForm.self
    case .openCase: return OpenCaseForm.self
    case .referralStep: return ReferralStepForm.self
    case .draftReferral: return ReferralDraftForm.self
    }
  }
}
