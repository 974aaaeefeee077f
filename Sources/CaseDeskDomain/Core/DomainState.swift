/// Every record of a workspace, in memory; `apply(_:)` is the only way it changes.
public struct DomainState: Equatable, Sendable {
  public var settings: DomainSettings
  /// The bureau's working-day calendar, read from the workspace's calendar file at load (not
  /// an event: the file is the source; the shipped calendar until the store sets it).
  public var calendar: WorkingDayCalendar
  public var staff: [StaffID: StaffMember]
  public var supervisors: [SupervisorID: SocialSupervisor]
  public var enterprises: [EnterpriseID: Enterprise]
  public var positiveList: [EnterpriseID: PositiveListEntry]
  public var inspections: [InspectionID: Inspection]
  public var clues: [ClueID: Clue]
  public var cases: [CaseID: EnforcementCase]
  public var referrals: [ReferralID: Referral]
  public var serviceRequests: [ServiceRequestID: ServiceRequest]
  public var followUpVisits: [FollowUpVisitID: FollowUpVisit]
  public var rectificationTasks: [RectificationTaskID: RectificationTask]
  /// The highest number used per `PREFIX-YYYY` id stem (derived from applied events).
  public var recordCounters: [String: Int]
  /// Events applied so far (the next event's sequence number is this plus one).
  public var appliedEvents: Int

  public init(settings: DomainSettings = DomainSettings()) {
    self.settings = settings
    calendar = .shipped
    staff = [:]
    supervisors = [:]
    enterprises = [:]
    positiveList = [:]
    inspections = [:]
    clues = [:]
    cases = [:]
    referrals = [:]
    serviceRequests = [:]
    followUpVisits = [:]
    rectificationTasks = [:]
    recordCounters = [:]
    appliedEvents = 0
  }

  /// Applies one event; on an inconsistency the state is left as it was.
  public mutating func apply(_ event: Event) throws(Inconsistency) {
    var next = self
    let touched = event.change.affectedRecords
    let new = touched.filter { !contains($0) }
    switch event.change {
    case .staff(let change): try StaffRules.apply(change, event: event, to: &next)
    case .enterprise(let change): try EnterpriseRules.apply(change, event: event, to: &next)
    case .positiveList(let change): try PositiveListRules.apply(change, event: event, to: &next)
    case .inspection(let change): try InspectionRules.apply(change, event: event, to: &next)
    case .clue(let change): try ClueRules.apply(change, event: event, to: &next)
    case .enforcementCase(let change): try CaseRules.apply(change, event: event, to: &next)
    case .referral(let change): try ReferralRules.apply(change, event: event, to: &next)
    case .service(let change): try ServiceRules.apply(change, event: event, to: &next)
    case .rectification(let change): try RectificationRules.apply(change, event: event, to: &next)
    case .settings(let change): try SettingsRules.apply(change, event: event, to: &next)
    case .undo(let change): UndoRules.apply(change, event: event, to: &next)
    }
    for ref in new where next.contains(ref) { next.noteCreatedRecordID(ref.rawID) }
    next.appliedEvents += 1
    self = next
  }

  /// Applies events in order; stops at the first inconsistency (earlier ones stay applied).
  public mutating func apply(_ events: [Event]) throws(Inconsistency) {
    for event in events { try apply(event) }
  }
}
