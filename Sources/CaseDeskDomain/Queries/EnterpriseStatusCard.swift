/// Everything about one enterprise on one screen: the answer to "what is the status of X?".
public struct EnterpriseStatusCard: Equatable, Sendable {
  /// An open case with its stage and most urgent deadline.
  public struct CaseLine: Equatable, Sendable {
    public var id: CaseID
    public var number: CaseNumber?
    public var violation: String
    public var stage: CaseStage
    public var deadline: DeadlineItem?
  }

  /// A referral with its kind, stage and most urgent deadline.
  public struct ReferralLine: Equatable, Sendable {
    public var id: ReferralID
    public var kind: ReferralKind
    public var stage: ReferralStage
    public var deadline: DeadlineItem?
  }

  public var enterprise: Enterprise
  public var positiveList: PositiveListStatus
  public var listedSince: Day?
  public var nextReview: Day?
  public var commissioner: StaffMember?
  public var openCases: [CaseLine]
  public var referrals: [ReferralLine]
  public var lastInspection: Inspection?
  public var openClues: [Clue]
  public var openRequests: [ServiceRequest]
  /// Follow-up visits and leader contacts, newest first.
  public var visits: [FollowUpVisit]
  /// Share of answered visits rated satisfied or basically satisfied (nil when none).
  public var visitSatisfaction: Double?
  /// Inspections whose health-check form still has unverified problems.
  public var pendingHealthCheckForms: [Inspection]
  public var rectificationTasks: [RectificationTask]
}
