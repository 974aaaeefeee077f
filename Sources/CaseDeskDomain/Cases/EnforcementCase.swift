/// A penalty case (普通程序) through its legal stages, with every stage's record.
///
/// Stamps (`ActionStamp`) keep who and when for each step; the journal keeps the full history.
public struct EnforcementCase: Equatable, Sendable {
  public var id: CaseID
  public var enterprise: EnterpriseID
  public var source: CaseSource
  public var violation: String
  public var legalBasis: String
  public var conductOn: Day
  public var stage: CaseStage
  public var opened: ActionStamp
  /// The document number, assigned at filing.
  public var number: CaseNumber?
  public var filingConditions: FilingConditions?
  public var filed: ActionStamp?
  public var withdrawalReason: String?
  public var withdrawn: ActionStamp?
  /// The investigating officers (two or more, each with a certificate number).
  public var officers: [StaffID]
  public var evidence: [EvidenceRecord]
  public var preservations: [EvidencePreservation]
  public var noCoercion: [NoCoercionRecord]
  public var report: InvestigationReport?
  public var reported: ActionStamp?
  public var reviews: [CaseReviewRecord]
  public var flags: CaseFlags
  /// Incremented each time a review or legal review sends the case back; notices, legal
  /// reviews and discussions of an earlier round no longer count.
  public var round: Int
  public var priorNotice: PriorNoticeRecord?
  public var statements: [PartyStatement]
  public var hearing: HearingRecord?
  public var legalReviews: [LegalReviewRecord]
  public var discussions: [CollectiveDiscussion]
  public var extensions: [CaseExtension]
  public var pauses: [ClockPause]
  public var decision: DecisionRecord?
  /// Referral decisions set aside after the police did not take the case.
  public var supersededDecisions: [DecisionRecord]
  public var service: ServiceRecord?
  public var payments: [Payment]
  public var instalments: [Instalment]
  public var enforcement: [EnforcementRecord]
  public var rechecks: [RecheckRecord]
  public var closed: ActionStamp?
  public var archived: ActionStamp?
  public var supervisors: [SupervisorParticipation]
  /// The referrals drafted for this case.
  public var referrals: [ReferralID]

  /// A case just opened.
  public init(id: CaseID, opening: CaseOpening, opened: ActionStamp) {
    self.id = id
    enterprise = opening.enterprise
    source = opening.source
    violation = opening.violation
    legalBasis = opening.legalBasis
    conductOn = opening.conductOn
    stage = .opened
    self.opened = opened
    number = nil
    filingConditions = nil
    filed = nil
    withdrawalReason = nil
    withdrawn = nil
    officers = []
    evidence = []
    preservations = []
    noCoercion = []
    report = nil
    reported = nil
    reviews = []
    flags = CaseFlags()
    round = 0
    priorNotice = nil
    statements = []
    hearing = nil
    legalReviews = []
    discussions = []
    extensions = []
    pauses = []
    decision = nil
    supersededDecisions = []
    service = nil
    payments = []
    instalments = []
    enforcement = []
    rechecks = []
    closed = nil
    archived = nil
    supervisors = []
    referrals = []
  }
}
