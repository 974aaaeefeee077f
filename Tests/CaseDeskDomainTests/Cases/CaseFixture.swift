import Testing

@testable import CaseDeskDomain

/// Staff, an enterprise, a clue, an inspection and a supervisor, and helpers that walk a case
/// through its stages with `Domain.perform`.
struct CaseFixture {
  static let utc = 8 * 3600
  static let officer1: StaffID = "O1"
  static let officer2: StaffID = "O2"
  static let officer3: StaffID = "O3"
  static let uncertified: StaffID = "O-NOCERT"
  static let reviewer: StaffID = "LR"
  static let unqualified: StaffID = "LR-NOQUAL"
  static let approver: StaffID = "AP"
  static let clerk: StaffID = "CL"
  static let commissioner: StaffID = "CO"
  static let supervisorStaff: StaffID = "SV1"
  static let viewer: StaffID = "VW"
  static let supervisor: SupervisorID = "SV1"
  static let enterpriseID = EnterpriseID("914403001922038216")
  static let otherEnterpriseID = EnterpriseID("91440300708461136T")
  static let clue: ClueID = "CLUE-2025-0001"
  static let inspection: InspectionID = "INSP-2025-0001"

  /// The staff member acting for each role in role tables.
  static let byRole: [StaffRole: StaffID] = [
    .officer: officer1, .legalReviewer: reviewer, .approver: approver, .commissioner: commissioner,
    .clerk: clerk, .supervisor: supervisorStaff, .viewer: viewer,
  ]

  var state: DomainState
  /// Every event produced so far, for replay.
  var events: [Event] = []
  /// The current time; helpers advance it.
  var now: Timestamp

  init(clocks: ClockTable = .standard) {
    var state = DomainState(settings: DomainSettings(clocks: clocks))
    let members = [
      StaffMember(id: Self.officer1, name: "张伟", roles: [.officer], certificateNumber: "21030001"),
      StaffMember(id: Self.officer2, name: "李娜", roles: [.officer], certificateNumber: "21030002"),
      StaffMember(id: Self.officer3, name: "王强", roles: [.officer], certificateNumber: "21030003"),
      StaffMember(id: Self.uncertified, name: "赵敏", roles: [.officer]),
      StaffMember(
        id: Self.reviewer, name: "刘洋", roles: [.legalReviewer], legalQualification: "A2010"),
      StaffMember(id: Self.unqualified, name: "陈静", roles: [.legalReviewer]),
      StaffMember(id: Self.approver, name: "杨军", roles: [.approver]),
      StaffMember(id: Self.clerk, name: "黄丽", roles: [.clerk]),
      StaffMember(id: Self.commissioner, name: "周涛", roles: [.commissioner]),
      StaffMember(id: Self.supervisorStaff, name: "吴芳", roles: [.supervisor]),
      StaffMember(id: Self.viewer, name: "郑凯", roles: [.viewer]),
    ]
    for member in members { state.staff[member.id] = member }
    for id in [Self.enterpriseID, Self.otherEnterpriseID] {
      state.enterprises[id] = Enterprise(
        uscc: id.raw, name: "鞍山示例化工有限公司", shortName: "示例化工", district: "铁西区",
        tier: .key, isKeyDischargeUnit: true)
    }
    let stamp = ActionStamp(actor: .system, time: Self.at("2025-03-01"))
    state.clues[Self.clue] = Clue(
      id: Self.clue, source: .onlineMonitoring, enterprise: Self.enterpriseID, facts: "COD超标",
      measurement: nil, receivedAt: Self.at("2025-03-01"), received: stamp)
    var inspection = Inspection(
      id: Self.inspection, enterprise: Self.enterpriseID, kind: .onClue, mode: .onSite,
      plannedOn: Self.day("2025-03-02"), officers: [Self.officer1, Self.officer2], reason: nil,
      isPositiveListException: false, planned: stamp)
    inspection.approval = InspectionApproval(
      approvalFormNumber: "审-1", noticeNumber: "通-1", stamp: stamp)
    state.inspections[Self.inspection] = inspection
    state.supervisors[Self.supervisor] = SocialSupervisor(
      id: Self.supervisor, name: "吴芳", organisation: "鞍山市工商联", termFrom: Self.day("2025-01-01"),
      termTo: Self.day("2026-12-31"), appointedBy: .system, appointedAt: Self.at("2025-01-01"))
    self.state = state
    now = Self.at("2025-03-03")
  }

  static func day(_ text: String) -> Day {
    Day(text) ?? Day(ordinal: 0)
  }

  static func at(_ text: String, hour: Int = 10) -> Timestamp {
    Timestamp(day: day(text), hour: hour, utcOffset: utc)
  }

  var today: Day { now.day(utcOffset: Self.utc) }

  /// Advances the clock by whole days.
  mutating func advance(days: Int) { now = now.adding(seconds: Int64(days) * 86_400) }

  /// Performs a command; records the events.
  @discardableResult
  mutating func perform(_ command: Command, by staff: StaffID) throws(Refusal) -> [Event] {
    let produced = try Domain.perform(command, by: .staff(staff), at: now, on: &state)
    events += produced
    return produced
  }

  /// Performs a case command.
  @discardableResult
  mutating func run(_ command: CaseCommand, by staff: StaffID) throws(Refusal) -> [Event] {
    try perform(.enforcementCase(command), by: staff)
  }

  /// Performs a referral command.
  @discardableResult
  mutating func run(_ command: ReferralCommand, by staff: StaffID) throws(Refusal) -> [Event] {
    try perform(.referral(command), by: staff)
  }

  /// The refusal a case command meets (nil when it succeeds, which is then undone).
  func refusal(_ command: CaseCommand, by staff: StaffID) -> Refusal? {
    refusal(.enforcementCase(command), by: staff)
  }

  /// The refusal a command meets, without changing the fixture.
  func refusal(_ command: Command, by staff: StaffID) -> Refusal? {
    do {
      _ = try Domain.execute(command, by: .staff(staff), at: now, in: state)
      return nil
    } catch {
      return error
    }
  }

  // MARK: - Walking a case

  static let opening = CaseOpening(
    enterprise: enterpriseID, source: .other("群众举报"), violation: "超标排放废水",
    legalBasis: "水污染防治法第十条", conductOn: day("2025-02-20"))

  static let conditions = FilingConditions(
    suspectedViolation: true, penaltyPossible: true, withinJurisdiction: true,
    notTimeBarred: true, opinion: "同意立案")

  static let report = InvestigationReport(
    facts: "COD超标0.5倍", evidence: "监测报告、笔录", proposedOutcome: "罚款十万元")

  static let checklist = LegalReviewChecklist(
    jurisdiction: true, procedure: true, facts: true, basis: true, discretion: true,
    documents: true, crimeReferralNeeded: false)

  static let terms = PenaltyTerms(
    fineFen: 10_000_000, legalBasis: "水污染防治法第八十三条", discretion: "按裁量基准中档")

  func notice(servedOn: Day, hearingRight: Bool = true) -> PriorNotice {
    PriorNotice(
      documentNumber: "鞍环告〔2025〕1号", facts: "超标排放", reasons: "违反第十条",
      basis: "第八十三条", proposedPenalty: "罚款十万元", hearingRight: hearingRight,
      servedOn: servedOn)
  }

  /// Opens a case; returns its id.
  mutating func open(_ opening: CaseOpening = CaseFixture.opening) throws(Refusal) -> CaseID {
    let events = try run(.openCase(opening), by: Self.officer1)
    guard case .enforcementCase(let change)? = events.first?.change else { return "" }
    return change.caseID
  }

  /// Opens and files a case.
  mutating func filed() throws(Refusal) -> CaseID {
    let id = try open()
    try run(.fileCase(id, Self.conditions), by: Self.approver)
    return id
  }

  /// A case with the investigation report submitted.
  mutating func reported() throws(Refusal) -> CaseID {
    let id = try filed()
    try run(.startInvestigation(id, officers: [Self.officer1, Self.officer2]), by: Self.officer1)
    try run(
      .recordEvidence(
        id,
        EvidenceRecord(
          kind: .onSiteRecord, documentNumber: "勘-001", madeOn: today, summary: "现场检查")),
      by: Self.officer1)
    try run(.submitInvestigationReport(id, Self.report), by: Self.officer1)
    return id
  }

  /// A case reviewed and passed.
  mutating func reviewed() throws(Refusal) -> CaseID {
    let id = try reported()
    try run(.reviewCase(id, .passed(opinion: "事实清楚")), by: Self.reviewer)
    return id
  }

  /// A case with the prior notice served today.
  mutating func notified(hearingRight: Bool = true) throws(Refusal) -> CaseID {
    let id = try reviewed()
    try run(
      .givePriorNotice(id, notice(servedOn: today, hearingRight: hearingRight)), by: Self.officer1)
    return id
  }

  /// A case decided with a penalty after the hearing window passed.
  mutating func decidedPenalty() throws(Refusal) -> CaseID {
    let id = try notified()
    advance(days: 10)
    try run(.decide(id, .penalty(Self.terms), documentNumber: "鞍环罚决〔2025〕1号"), by: Self.approver)
    return id
  }

  /// A decided penalty served today.
  mutating func served() throws(Refusal) -> CaseID {
    let id = try decidedPenalty()
    try run(.recordService(id, servedOn: today, way: .inPerson), by: Self.clerk)
    return id
  }

  /// Replays every event into a fresh state built the same way.
  func replayed() throws(Inconsistency) -> DomainState {
    var fresh = CaseFixture(clocks: state.settings.clocks).state
    try fresh.apply(events)
    return fresh
  }
}
