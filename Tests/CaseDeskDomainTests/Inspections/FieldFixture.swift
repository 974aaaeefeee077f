import Testing

@testable import CaseDeskDomain

/// Staff, enterprises, supervisors and clocks for the field areas' tests (inspections, clues,
/// rectification), inserted directly into the state.
struct FieldFixture {
  static let officer1: StaffID = "O1"
  static let officer2: StaffID = "O2"
  static let officer3: StaffID = "O3"
  static let uncertified: StaffID = "O9"
  static let inactiveOfficer: StaffID = "O8"
  static let reviewer: StaffID = "R1"
  static let approver: StaffID = "A1"
  static let clerk: StaffID = "C1"
  static let commissioner: StaffID = "M1"
  static let supervisorStaff: StaffID = "S1"
  static let viewer: StaffID = "V1"
  static let supervisor: SupervisorID = "SV-01"
  static let otherSupervisor: SupervisorID = "SV-02"

  /// A general enterprise (Huawei's real code).
  static let plain = EnterpriseID("914403001922038216")
  /// An enterprise on the positive list (Tencent's real code).
  static let listed = EnterpriseID("91440300708461136T")

  /// One staff member per role, by role (officers are `officer1`).
  static let byRole: [StaffRole: StaffID] = [
    .officer: officer1, .legalReviewer: reviewer, .approver: approver, .commissioner: commissioner,
    .clerk: clerk, .supervisor: supervisorStaff, .viewer: viewer,
  ]

  /// The filing-decision clock as in `domain.md` (15 days, +15 with approval).
  static let clueRule = DeadlineRule(
    id: .clueFilingDecision, title: LocalizedText(zh: "立案审查", en: "filing decision"),
    basis: LocalizedText(zh: "生态环境行政处罚办法", en: "MEE Order 30"), amount: 15,
    unit: .calendarDays, extensions: [15], party: .bureau)

  var state: DomainState

  init() {
    var state = DomainState(settings: DomainSettings(clocks: ClockTable(rules: [Self.clueRule])))
    func add(_ id: StaffID, _ name: String, _ roles: [StaffRole], cert: String? = nil) {
      state.staff[id] = StaffMember(id: id, name: name, roles: roles, certificateNumber: cert)
    }
    add(Self.officer1, "王一", [.officer], cert: "21030001")
    add(Self.officer2, "李二", [.officer], cert: "21030002")
    add(Self.officer3, "张三", [.officer], cert: "21030003")
    add(Self.uncertified, "赵九", [.officer])
    add(Self.inactiveOfficer, "钱八", [.officer], cert: "21030008")
    state.staff[Self.inactiveOfficer]?.isActive = false
    state.staff[Self.reviewer] = StaffMember(
      id: Self.reviewer, name: "孙审", roles: [.legalReviewer], legalQualification: "A2021")
    add(Self.approver, "周领", [.approver])
    add(Self.clerk, "吴登", [.clerk])
    add(Self.commissioner, "郑专", [.commissioner])
    add(Self.supervisorStaff, "冯督", [.supervisor])
    add(Self.viewer, "陈看", [.viewer])
    for supervisor in [Self.supervisor, Self.otherSupervisor] {
      state.supervisors[supervisor] = SocialSupervisor(
        id: supervisor, name: "监督员", organisation: "鞍山市工商联", termFrom: Day(ordinal: 19_000),
        termTo: Day(ordinal: 22_000), appointedBy: .system,
        appointedAt: Timestamp(secondsSinceEpoch: 0))
    }
    for (id, name) in [(Self.plain, "鞍山市铁西区某机械厂"), (Self.listed, "鞍山某钢铁有限公司")] {
      state.enterprises[id] = Enterprise(
        uscc: id.raw, name: name, shortName: name, district: "铁西区", ownership: "民营",
        tier: .key, isKeyDischargeUnit: true,
        positiveList: id == Self.listed ? .listed : .notListed)
    }
    Self.setPositiveList(Self.listed, .listed, in: &state)
    self.state = state
  }

  /// Sets an enterprise's positive-list status (kept in one place for the record's API).
  static func setPositiveList(
    _ id: EnterpriseID, _ status: PositiveListStatus, in state: inout DomainState
  ) {
    var entry = state.positiveList[id] ?? PositiveListEntry(id: id)
    entry.status = status
    state.positiveList[id] = entry
  }

  /// 09:00 local time on a day (`YYYY-MM-DD`), plus minutes.
  static func at(_ day: String, minutes: Int = 0) -> Timestamp {
    Timestamp(day: Self.day(day), hour: 9, minute: minutes, utcOffset: 8 * 3600)
  }

  /// A day from its text; the fixtures only use valid ones.
  static func day(_ text: String) -> Day {
    Day(text) ?? Day(ordinal: 0)
  }

  /// Performs a command as a staff member; failures are recorded as test issues.
  @discardableResult
  mutating func perform(
    _ command: Command, by staff: StaffID, at time: Timestamp,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> [Event] {
    do {
      return try Domain.perform(command, by: .staff(staff), at: time, on: &state)
    } catch {
      Issue.record("refused: \(error)", sourceLocation: sourceLocation)
      return []
    }
  }

  /// The refusal of a command as a staff member (nil, with an issue, when it is accepted).
  func refusal(
    _ command: Command, by staff: StaffID, at time: Timestamp,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Refusal? {
    do {
      let events = try Domain.execute(command, by: .staff(staff), at: time, in: state)
      Issue.record("accepted: \(events)", sourceLocation: sourceLocation)
      return nil
    } catch {
      return error
    }
  }

  /// A plan for `enterprise` by two officers on a day.
  static func plan(
    _ enterprise: EnterpriseID = plain, kind: Inspection.Kind = .routine,
    mode: Inspection.Mode? = nil, on day: String = "2025-03-10", reason: Inspection.Reason? = nil
  ) -> InspectionPlan {
    InspectionPlan(
      enterprise: enterprise, kind: kind, mode: mode, plannedOn: Self.day(day),
      officers: [officer1, officer2], reason: reason)
  }

  /// Plans an inspection on 2025-03-03 and returns its id.
  mutating func planned(_ plan: InspectionPlan = FieldFixture.plan()) -> InspectionID {
    let events = perform(
      .inspection(.planInspection(plan)), by: Self.officer1, at: Self.at("2025-03-03"))
    if case .inspection(.planned(let planned))? = events.first?.change { return planned.id }
    return "missing"
  }

  /// Plans and approves an inspection (approval at 2025-03-04 09:00).
  mutating func approved(_ plan: InspectionPlan = FieldFixture.plan(), number: Int? = nil)
    -> InspectionID
  {
    let id = planned(plan)
    let number = number ?? state.inspections.count
    perform(
      .inspection(
        .approveInspection(id, approvalFormNumber: "审批-\(number)", noticeNumber: "通知-\(number)")),
      by: Self.approver, at: Self.at("2025-03-04"))
    return id
  }

  /// A scan-in report by officers 1 and 2 at 2025-03-10 09:30.
  static func scan(_ verification: InspectionScanIn.Verification = .verified) -> ScanInReport {
    ScanInReport(
      scannedAt: at("2025-03-10", minutes: 30), place: "厂区东门", officers: [officer1, officer2],
      verification: verification)
  }

  /// Plans, approves and scans in (verified) an on-site inspection.
  mutating func scannedIn(_ plan: InspectionPlan = FieldFixture.plan(), number: Int? = nil)
    -> InspectionID
  {
    let id = approved(plan, number: number)
    perform(
      .inspection(.recordScanIn(id, Self.scan())), by: Self.officer1,
      at: Self.at("2025-03-10", minutes: 31))
    return id
  }

  /// Scans in and records a health-check form with two problems.
  mutating func withHealthCheckForm() -> InspectionID {
    let id = scannedIn()
    perform(
      .inspection(
        .recordResult(
          id, outcome: .healthCheckForm, findings: "危废标识不全",
          healthCheckProblems: ["危废标识不全", "台账未更新"])),
      by: Self.officer1, at: Self.at("2025-03-10", minutes: 60))
    return id
  }
}

/// Checks that a refusal is for invalid input naming exactly `fields`, every text in both
/// languages.
func expectInvalid(
  _ refusal: Refusal?, fields: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(refusal?.kind == .invalidInput, sourceLocation: sourceLocation)
  #expect(refusal?.problems.map(\.field) == fields, sourceLocation: sourceLocation)
  for problem in refusal?.problems ?? [] {
    #expect(
      !problem.message.zh.isEmpty && !problem.message.en.isEmpty, sourceLocation: sourceLocation)
  }
}

/// Checks that a refusal is of a kind and that its message, in both languages, mentions `zh`
/// and `en`.
func expectRefused(
  _ refusal: Refusal?, _ kind: Refusal.Kind, zh: String = "", en: String = "",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(refusal?.kind == kind, sourceLocation: sourceLocation)
  // An empty expectation means "any message" (an explicit check: `contains("")` differs
  // between the standard library and Foundation).
  #expect(zh.isEmpty || refusal?.message.zh.contains(zh) == true, sourceLocation: sourceLocation)
  #expect(en.isEmpty || refusal?.message.en.contains(en) == true, sourceLocation: sourceLocation)
}
