import CaseDeskDomain

/// The lookups the panes need, kept beside the state: every record of an enterprise, cases by
/// stage, and the open deadlines.
///
/// Built once at load and updated from each saved event's touched records, so that a pane asks
/// "everything about this enterprise" without scanning the workspace.
public struct WorkspaceIndex: Sendable {
  /// Every record that belongs to an enterprise (its entry, inspections, clues, cases,
  /// referrals, requests, visits and linked rectification tasks).
  public private(set) var recordsByEnterprise: [EnterpriseID: Set<RecordRef>] = [:]
  /// Cases by stage.
  public private(set) var casesByStage: [CaseStage: Set<CaseID>] = [:]
  private var enterprisesOf: [RecordRef: [EnterpriseID]] = [:]
  private var stageOf: [CaseID: CaseStage] = [:]
  private var cachedDeadlines: [Deadline]?

  /// The index of a state.
  public init(_ state: DomainState) {
    for id in state.positiveList.keys { update(.positiveListEntry(id), in: state) }
    for id in state.inspections.keys { update(.inspection(id), in: state) }
    for id in state.clues.keys { update(.clue(id), in: state) }
    for id in state.cases.keys { update(.enforcementCase(id), in: state) }
    for id in state.referrals.keys { update(.referral(id), in: state) }
    for id in state.serviceRequests.keys { update(.serviceRequest(id), in: state) }
    for id in state.followUpVisits.keys { update(.followUpVisit(id), in: state) }
    for id in state.rectificationTasks.keys { update(.rectificationTask(id), in: state) }
  }

  /// Brings the index up to date after events were applied.
  public mutating func update(after events: [Event], in state: DomainState) {
    for event in events {
      for ref in event.change.affectedRecords { update(ref, in: state) }
    }
    cachedDeadlines = nil
  }

  /// The records of one enterprise of one kind (`kind` filters; nil gives all).
  public func records(of enterprise: EnterpriseID) -> Set<RecordRef> {
    recordsByEnterprise[enterprise] ?? []
  }

  /// The open deadlines (computed once after each change, then reused).
  public mutating func deadlines(in state: DomainState) -> [Deadline] {
    if let cachedDeadlines { return cachedDeadlines }
    let computed = state.openDeadlines()
    cachedDeadlines = computed
    return computed
  }

  private mutating func update(_ ref: RecordRef, in state: DomainState) {
    for old in enterprisesOf[ref] ?? [] { recordsByEnterprise[old]?.remove(ref) }
    let owners = WorkspaceIndex.enterprises(of: ref, in: state)
    enterprisesOf[ref] = owners.isEmpty ? nil : owners
    for owner in owners { recordsByEnterprise[owner, default: []].insert(ref) }
    if case .enforcementCase(let id) = ref {
      if let old = stageOf[id] { casesByStage[old]?.remove(id) }
      stageOf[id] = state.cases[id]?.stage
      if let stage = stageOf[id] { casesByStage[stage, default: []].insert(id) }
    }
  }

  private static func enterprises(of ref: RecordRef, in state: DomainState) -> [EnterpriseID] {
    switch ref {
    case .positiveListEntry(let id): return state.positiveList[id] == nil ? [] : [id]
    case .inspection(let id): return state.inspections[id].map { [$0.enterprise] } ?? []
    case .clue(let id): return state.clues[id]?.enterprise.map { [$0] } ?? []
    case .enforcementCase(let id): return state.cases[id].map { [$0.enterprise] } ?? []
    case .referral(let id): return state.referrals[id].map { [$0.enterprise] } ?? []
    case .serviceRequest(let id): return state.serviceRequests[id].map { [$0.enterprise] } ?? []
    case .followUpVisit(let id): return state.followUpVisits[id].map { [$0.enterprise] } ?? []
    case .rectificationTask(let id): return state.rectificationTasks[id]?.enterprises ?? []
    case .staff, .supervisor, .enterprise: return []
    }
  }
}
