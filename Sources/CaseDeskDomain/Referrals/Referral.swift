/// A referral to public security: suspected crime or administrative detention, with its
/// document checklist, approvals, hand-over, police feedback and follow-up.
public struct Referral: Equatable, Sendable {
  public var id: ReferralID
  public var caseID: CaseID
  public var enterprise: EnterpriseID
  public var ground: ReferralGround
  public var responsiblePersons: [String]
  public var stage: ReferralStage
  /// Drafted: the report to the head, from which the approval clock runs.
  public var drafted: ActionStamp
  /// The documents ticked, with their document numbers.
  public var documents: [ReferralDocument: String]
  public var approval: ActionStamp?
  public var handOver: ReferralHandOver?
  public var receipt: PoliceReceipt?
  public var materialRequests: [MaterialRequest]
  public var policeDecision: PoliceDecisionRecord?
  public var reconsideration: Reconsideration?
  public var supervisionNote: String?
  public var supervision: ActionStamp?
  public var closingNote: String?
  public var closed: ActionStamp?
  public var cancellationReason: String?
  public var cancelled: ActionStamp?

  /// A referral just drafted.
  public init(id: ReferralID, draft: ReferralDraft, enterprise: EnterpriseID, drafted: ActionStamp)
  {
    self.id = id
    caseID = draft.caseID
    self.enterprise = enterprise
    ground = draft.ground
    responsiblePersons = draft.responsiblePersons
    stage = .drafted
    self.drafted = drafted
    documents = [:]
    approval = nil
    handOver = nil
    receipt = nil
    materialRequests = []
    policeDecision = nil
    reconsideration = nil
    supervisionNote = nil
    supervision = nil
    closingNote = nil
    closed = nil
    cancellationReason = nil
    cancelled = nil
  }

  /// The referral's kind.
  public var kind: ReferralKind { ground.kind }

  /// Whether the police took the referral (filed, or detention decided), directly or after
  /// reconsideration.
  public var policeTookIt: Bool {
    if let answer = reconsideration?.answer, case .reversed = answer { return true }
    guard let decision = policeDecision?.decision else { return false }
    return !decision.isRefusal
  }

  /// Whether the referral is still live (neither cancelled nor closed).
  public var isOpen: Bool { stage != .closed && stage != .cancelled }

  /// The open material request, if any.
  public var openMaterialRequest: MaterialRequest? {
    materialRequests.last { $0.supplied == nil }
  }
}
