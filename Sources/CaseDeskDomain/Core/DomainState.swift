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
  /// Inspection approval form (`form:…`) and notice (`notice:…`) numbers in use, each with
  /// its inspection: an index of the approvals on the current inspections, kept by `apply` and
  /// `restore`, so that checking a new number's uniqueness does not scan every inspection.
  public var inspectionDocumentNumbers: [String: InspectionID]
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
    inspectionDocumentNumbers = [:]
    recordCounters = [:]
    appliedEvents = 0
  }

  /// Applies one event; on an inconsistency the state is left as it was.
  public mutating func apply(_ event: Event) throws(Inconsistency) {
    try apply([event])
  }

  /// Applies events in order, all or nothing: on an inconsistency the state is left as it was.
  ///
  /// Changes are made in place (no copy of the whole state, which would make each event cost
  /// as much as the workspace is large); for the rollback, the records the events touch are
  /// saved first, with the settings and counters.
  public mutating func apply(_ events: [Event]) throws(Inconsistency) {
    // Records that exist are saved whole; records the events create are only named (undoing
    // their creation is removing them), which keeps a large batch of new records cheap.
    var saved: [RecordSnapshot] = []
    var seen: Set<RecordRef> = []
    var created: [RecordRef] = []
    if events.count > 1 {
      // A large batch (an import) would otherwise regrow these tables many times over.
      seen.reserveCapacity(events.count)
      reserveCapacity(for: events)
    }
    for event in events {
      for ref in event.change.affectedRecords where seen.insert(ref).inserted {
        if contains(ref) {
          saved.append(snapshot(of: ref))
        } else {
          created.append(ref)
        }
      }
    }
    let savedSettings = settings
    let savedCounters = recordCounters
    let savedCount = appliedEvents
    do {
      for event in events {
        try applyInPlace(event)
        appliedEvents += 1
      }
    } catch {
      for snapshot in saved { restore(snapshot) }
      for ref in created { remove(ref) }
      settings = savedSettings
      recordCounters = savedCounters
      appliedEvents = savedCount
      throw error
    }
    for ref in created where contains(ref) { noteCreatedRecordID(ref.rawID) }
  }

  /// Applies a verified journal record while loading, without saving anything for a rollback.
  ///
  /// Faster than `apply` for replaying a whole journal; on an inconsistency the state may be
  /// left partly changed, so the caller must stop there and not write (the store then opens
  /// the workspace read-only).
  public mutating func replay(_ event: Event) throws(Inconsistency) {
    var created: [RecordRef] = []
    for ref in event.change.affectedRecords where !contains(ref) { created.append(ref) }
    try applyInPlace(event)
    appliedEvents += 1
    for ref in created where contains(ref) { noteCreatedRecordID(ref.rawID) }
  }

  /// Makes room in the enterprise register for the registrations among `events`.
  private mutating func reserveCapacity(for events: [Event]) {
    var registrations = 0
    for event in events {
      if case .enterprise(.registered) = event.change { registrations += 1 }
    }
    if registrations > 1 { enterprises.reserveCapacity(enterprises.count + registrations) }
  }

  private mutating func applyInPlace(_ event: Event) throws(Inconsistency) {
    switch event.change {
    case .staff(let change): try StaffRules.apply(change, event: event, to: &self)
    case .enterprise(let change): try EnterpriseRules.apply(change, event: event, to: &self)
    case .positiveList(let change): try PositiveListRules.apply(change, event: event, to: &self)
    case .inspection(let change): try InspectionRules.apply(change, event: event, to: &self)
    case .clue(let change): try ClueRules.apply(change, event: event, to: &self)
    case .enforcementCase(let change): try CaseRules.apply(change, event: event, to: &self)
    case .referral(let change): try ReferralRules.apply(change, event: event, to: &self)
    case .service(let change): try ServiceRules.apply(change, event: event, to: &self)
    case .rectification(let change): try RectificationRules.apply(change, event: event, to: &self)
    case .settings(let change): try SettingsRules.apply(change, event: event, to: &self)
    case .undo(let change): UndoRules.apply(change, event: event, to: &self)
    }
  }
}
