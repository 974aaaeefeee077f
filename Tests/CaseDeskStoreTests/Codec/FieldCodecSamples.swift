import CaseDeskDomain

@testable import CaseDeskStore

/// Realistic sample values of the field areas (inspections, clues, rectification) for codec tests.
enum FieldSamples {
  static let enterprise = EnterpriseID("914403001922038216")
  static let otherEnterprise = EnterpriseID("91440300708461136T")
  static let inspection = InspectionID("JC-2025-0012")
  static let clue = ClueID("XS-2025-0107")
  static let task = RectificationTaskID("ZG-2025-0003")
  static let caseID = CaseID("CASE-2025-0004")
  static let supervisor = SupervisorID("SUP-2025-0002")
  static let officers = [StaffID("wang.li"), StaffID("chen.hao")]
  static let day = Day(ordinal: 20_269)
  static let time = Timestamp(secondsSinceEpoch: 1_751_245_200)
  static let stamp = ActionStamp(actor: .staff(StaffID("wang.li")), time: time)
  static let systemStamp = ActionStamp(actor: .system, time: time.adding(seconds: 3_600))

  /// Text that needs escaping: quotes, backslashes, control characters, CJK and emoji.
  static let trickyText = "排口“超标”\"引号\"\\反斜杠\\\n第二行\t制表\r回车\u{1}控制 🏭🌊 end"

  // MARK: Changes

  static let scanOfficers = [
    InspectionScanIn.Officer(staff: officers[0], certificateNumber: "210300000001"),
    InspectionScanIn.Officer(staff: officers[1], certificateNumber: "210300000002"),
  ]

  static let plannedInspection = PlannedInspection(
    id: inspection, enterprise: enterprise, kind: .onClue, mode: .onSite, plannedOn: day,
    officers: officers, reason: .clue(clue), isPositiveListException: true)

  /// One sample of every inspection change case.
  static let inspectionChanges: [InspectionChange] = [
    .planned(plannedInspection),
    .approved(inspection, approvalFormNumber: "深环审〔2025〕12号", noticeNumber: "深环检通〔2025〕12号"),
    .withdrawn(inspection, reason: "企业已停产，计划撤回"),
    .scannedIn(
      inspection, scannedAt: time, place: "深圳市南山区科技园路1号 \"北门\"",
      officers: scanOfficers, verification: .verified),
    .resultRecorded(
      inspection, outcome: .healthCheckForm, findings: "危废台账不全；雨污分流不彻底",
      healthCheckProblems: ["危废台账不全", "雨水井有污水流入"]),
    .healthCheckProblemVerified(
      inspection, problem: 1, isFixed: true, verifiedOn: day.adding(days: 7), officer: officers[1]),
    .evaluated(inspection, .basicallySatisfied),
    .filed(inspection),
    .supervisorInvited(inspection, supervisor),
    .supervisorParticipationRecorded(
      inspection, supervisor, participated: true, opinion: "检查规范，态度良好"),
    .caseOpened(inspection, caseID),
  ]

  static let measurement = ClueMeasurement(
    pollutant: "化学需氧量(COD)", measured: 152.5, limit: 100, unit: "mg/L")

  static let intake = ClueIntake(
    source: .onlineMonitoring, enterprise: enterprise, facts: "在线监测小时均值超标 0.53 倍",
    measurement: measurement, receivedAt: time)

  /// One sample of every clue change case.
  static let clueChanges: [ClueChange] = [
    .received(clue, intake),
    .verified(clue, .verified),
    .filingDecisionExtended(clue, reason: "需调取三个月监测数据"),
    .dismissed(clue, reason: "经核实为设备校准数据"),
    .convertedToInspection(clue, inspection),
    .convertedToCase(clue, caseID),
  ]

  static let draft = RectificationTaskDraft(
    title: "茅洲河支流黑臭水体整治", district: "光明区", deadline: day.adding(days: 90),
    evidence: ["截污管网完工照片", "第三方水质检测报告"], enterprises: [enterprise, otherEnterprise])

  /// One sample of every rectification change case.
  static let rectificationChanges: [RectificationChange] = [
    .created(task, draft),
    .progressRecorded(task, evidence: ["清淤完成", "补水工程通水"]),
    .districtAccepted(task, on: day.adding(days: 60), note: "区级验收合格"),
    .cityRecheckPassed(task, on: day.adding(days: 75), note: "市级复核通过"),
    .sentBackToDistrict(task, on: day.adding(days: 70), reasons: "水质仍不达标，退回整改"),
    .enterpriseLinked(task, otherEnterprise),
    .enterpriseUnlinked(task, otherEnterprise),
  ]

  /// Every change sample of the three areas.
  static var allChanges: [Change] {
    inspectionChanges.map(Change.inspection) + clueChanges.map(Change.clue)
      + rectificationChanges.map(Change.rectification)
  }

  // MARK: Records

  static let verification = HealthCheckVerification(
    isFixed: false, verifiedOn: day.adding(days: 7), officer: officers[1], stamp: stamp)

  static let healthCheckForm = HealthCheckForm(
    problems: [
      HealthCheckProblem(description: "危废台账不全", verification: verification),
      HealthCheckProblem(description: "雨水井有污水流入"),
    ],
    issued: stamp)

  /// An inspection with every optional step and list filled.
  static var fullInspection: Inspection {
    var inspection = Inspection(
      id: inspection, enterprise: enterprise, kind: .onComplaint, mode: .onSite, plannedOn: day,
      officers: officers, reason: .complaint("12345-2025-0098"), isPositiveListException: true,
      planned: stamp)
    inspection.approval = InspectionApproval(
      approvalFormNumber: "深环审〔2025〕12号", noticeNumber: "深环检通〔2025〕12号", stamp: stamp)
    inspection.withdrawal = InspectionWithdrawal(reason: trickyText, stamp: systemStamp)
    inspection.scanIn = InspectionScanIn(
      scannedAt: time, place: "南山区科技园路1号", officers: scanOfficers, verification: .failed,
      stamp: stamp)
    inspection.result = InspectionResult(
      outcome: .caseOpened, findings: "超标排放", stamp: stamp)
    inspection.healthCheckForm = healthCheckForm
    inspection.cases = [caseID, CaseID("CASE-2025-0005")]
    inspection.evaluation = .notSatisfied
    inspection.evaluated = systemStamp
    inspection.filed = stamp
    inspection.supervisors = [
      SupervisorInvitation(
        supervisor: supervisor, invited: stamp, participated: false, opinion: "临时有事"),
      SupervisorInvitation(supervisor: SupervisorID("SUP-2025-0003"), invited: stamp),
    ]
    return inspection
  }

  /// An inspection just planned: every optional step nil and every list empty.
  static let emptyInspection = Inspection(
    id: inspection, enterprise: enterprise, kind: .routine, mode: .offSite, plannedOn: day,
    officers: [], reason: nil, isPositiveListException: false, planned: stamp)

  /// A clue with every optional field filled.
  static var fullClue: Clue {
    var clue = Clue(
      id: clue, source: .onlineMonitoring, enterprise: enterprise, facts: trickyText,
      measurement: measurement, receivedAt: time, received: systemStamp)
    clue.verification = .verified
    clue.verified = stamp
    clue.filingExtension = ClueFilingExtension(reason: "需调取监测数据", stamp: stamp)
    clue.disposition = .convertedToCase
    clue.disposed = stamp
    clue.dismissalReason = "—"
    clue.inspection = inspection
    clue.caseID = caseID
    return clue
  }

  /// An anonymous clue just received: every optional field nil.
  static let emptyClue = Clue(
    id: clue, source: .hotline, enterprise: nil, facts: "", measurement: nil, receivedAt: time,
    received: stamp)

  /// A rectification task with every step and list filled.
  static var fullTask: RectificationTask {
    var task = RectificationTask(
      id: task, title: draft.title, district: draft.district, deadline: draft.deadline,
      evidence: draft.evidence, enterprises: draft.enterprises, created: stamp)
    task.status = .done
    task.districtAcceptance = RectificationStep(on: day.adding(days: 60), note: "合格", stamp: stamp)
    task.cityRecheck = RectificationStep(on: day.adding(days: 75), note: "通过", stamp: stamp)
    task.sendBacks = [
      RectificationStep(on: day.adding(days: 65), note: "水质不达标", stamp: systemStamp),
      RectificationStep(on: day.adding(days: 70), note: trickyText, stamp: stamp),
    ]
    return task
  }

  /// A rectification task just created: no steps, no evidence, no enterprises.
  static let emptyTask = RectificationTask(
    id: task, title: "", district: "", deadline: day, evidence: [], enterprises: [],
    created: stamp)
}
