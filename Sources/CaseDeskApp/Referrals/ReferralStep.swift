import CaseDeskDomain

/// One step of a referral to the police, as the step forms offer it (`>` on the referrals
/// pane).
///
/// Each step names the roles the domain allows to take it; the domain still checks every
/// rule when the form's command is executed.
public enum ReferralStep: String, CaseIterable, Sendable {
  case documents
  case approve
  case handOver
  case recordReceipt
  case requestMaterial
  case supplyMaterial
  case policeDecision
  case refusalReasons
  case requestReconsideration
  case recordAnswer
  case requestSupervision
  case close
  case cancel

  /// The roles the domain allows to take the step.
  public var roles: Set<StaffRole> {
    switch self {
    case .documents: return [.officer, .legalReviewer]
    case .handOver, .supplyMaterial: return [.officer]
    case .recordReceipt, .requestMaterial, .policeDecision, .refusalReasons, .recordAnswer:
      return [.officer, .clerk]
    case .approve, .requestReconsideration, .requestSupervision, .close, .cancel:
      return [.approver]
    }
  }

  /// The strings-table key of the step's name.
  var titleKey: StringKey {
    switch self {
    case .documents: return .referralStepDocuments
    case .approve: return .referralStepApprove
    case .handOver: return .referralStepHandOver
    case .recordReceipt: return .referralStepReceipt
    case .requestMaterial: return .referralStepMaterialRequest
    case .supplyMaterial: return .referralStepSupply
    case .policeDecision: return .referralStepPoliceDecision
    case .refusalReasons: return .referralStepRefusalReasons
    case .requestReconsideration: return .referralStepReconsideration
    case .recordAnswer: return .referralStepAnswer
    case .requestSupervision: return .referralStepSupervision
    case .close: return .referralStepClose
    case .cancel: return .referralStepCancel
    }
  }

  /// The steps that may come next at the referral's stage, the usual one first (empty once
  /// it is closed or cancelled).
  public static func candidates(for referral: Referral) -> [ReferralStep] {
    var steps: [ReferralStep]
    switch referral.stage {
    case .drafted: steps = [.approve, .documents, .cancel]
    case .approved: steps = [.handOver, .documents, .cancel]
    case .handedOver: steps = [.recordReceipt]
    case .received: steps = [.policeDecision, .requestMaterial]
    case .materialRequested: steps = [.supplyMaterial]
    case .policeDecided:
      let refused = referral.policeDecision?.decision.isRefusal ?? false
      steps = refused ? [.requestReconsideration, .close] : [.close]
    case .reconsiderationRequested: steps = [.recordAnswer]
    case .reconsidered:
      let upheld: Bool
      if case .upheld? = referral.reconsideration?.answer { upheld = true } else { upheld = false }
      steps = upheld && referral.kind == .crime ? [.requestSupervision, .close] : [.close]
    case .supervisionRequested: steps = [.close]
    case .closed, .cancelled: steps = []
    }
    if case .refused(let reasons)? = referral.policeDecision?.decision, reasons.isEmpty,
      referral.isOpen
    {
      steps.append(.refusalReasons)
    }
    return steps
  }

  /// The candidate steps that one of the roles may take, the usual one first.
  public static func allowed(for referral: Referral, roles: Set<StaffRole>) -> [ReferralStep] {
    candidates(for: referral).filter { !$0.roles.isDisjoint(with: roles) }
  }
}
