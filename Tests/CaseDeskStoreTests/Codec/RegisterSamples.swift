import CaseDeskDomain

/// Realistic sample values of the register's areas (staff, enterprises, positive list, service)
/// for the codec tests.
enum RegisterSamples {
  /// A day from its `YYYY-MM-DD` text (the epoch for malformed text, which the samples avoid).
  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  /// An instant in the bureau's time zone (UTC+8) on a day.
  static func time(_ text: String, hour: Int = 9) -> Timestamp {
    Timestamp(day: day(text), hour: hour, minute: 30, utcOffset: 8 * 3600)
  }

  /// Text with every character JSON has to escape, Chinese and an emoji.
  static let trickyText = "“引号”\"双引号\" 反斜杠\\ 换行\n制表\t回车\r控制\u{01}\u{1F} 😀 🇨🇳 end"

  static let enterpriseID = EnterpriseID("91440300MA5F4XQK2R")
  static let officer = StaffID("S0012")
  static let commissioner = StaffID("S0031")
  static let clerk = StaffID("S0007")

  // MARK: Staff

  static let member = StaffMember(
    id: officer, name: "王建国", roles: [.officer, .legalReviewer],
    certificateNumber: "粤环执 44030012", legalQualification: "A20194403000123", isActive: true)
  static let memberBare = StaffMember(id: "S0099", name: "", roles: [], isActive: false)
  static let supervisor = SocialSupervisor(
    id: "SV003", name: "李秀英", organisation: "南山区人大代表", termFrom: day("2024-01-01"),
    termTo: day("2026-12-31"), isActive: true, appointedBy: .staff(clerk),
    appointedAt: time("2024-01-02"))
  static let supervisorBare = SocialSupervisor(
    id: "SV009", name: "", organisation: "", termFrom: day("2025-01-01"),
    termTo: day("2025-01-01"), isActive: false, appointedBy: .system,
    appointedAt: Timestamp(secondsSinceEpoch: 0))

  static let staffChanges: [StaffChange] = {
    var edited = member
    edited.roles = [.officer]
    edited.legalQualification = nil
    var renamed = supervisor
    renamed.organisation = "粤海街道居委会"
    return [
      .memberAdded(member),
      .memberEdited(edited, previous: member),
      .memberDeactivated(officer),
      .memberReactivated(officer),
      .supervisorAppointed(supervisor),
      .supervisorEdited(renamed, previous: supervisor),
      .supervisorDeactivated("SV003"),
      .supervisorReactivated("SV003"),
    ]
  }()

  static let memberDraft = StaffMemberDraft(
    id: "S0100", name: "陈思远", roles: [.commissioner, .viewer], certificateNumber: "粤环执 44030100",
    legalQualification: "A2020")
  static let memberDraftBare = StaffMemberDraft(id: "", name: "", roles: [])
  static let supervisorDraft = SupervisorDraft(
    name: "赵敏", organisation: "蛇口社区", termFrom: day("2025-03-01"), termTo: day("2027-02-28"))

  // MARK: Enterprises

  static let enterprise = Enterprise(
    uscc: enterpriseID.raw, usccOverrideReason: "营业执照原件核对无误", name: "深圳市华南精密电镀有限公司",
    shortName: "华南电镀", district: "宝安区", industry: "金属表面处理及热处理加工", ownership: "私营",
    tier: .key, isKeyDischargeUnit: true, monitoring: .networked, address: "宝安区福海街道新和大道 88 号",
    legalRepresentative: "刘德明", contactPerson: "黄丽", contactPhone: "0755-2788 1234",
    commissioner: commissioner,
    commissionerHistory: [
      Enterprise.CommissionerAssignment(
        commissioner: "S0030", from: day("2023-05-01"), until: day("2024-12-31"),
        assignedBy: .staff(clerk)),
      Enterprise.CommissionerAssignment(
        commissioner: commissioner, from: day("2025-01-01"), assignedBy: .system),
    ],
    qrCodeDeliveredOn: day("2025-02-18"), tags: ["电镀", "重点监管"], notes: "夜间排放需重点关注",
    permit: Enterprise.PermitFacts(
      permitsComplete: true, facilitiesRunning: false, executionReportsFiled: true,
      category: .ordinary, emergencies: [day("2021-07-09"), day("2023-11-30")]),
    positiveList: .listed, registeredBy: .staff(clerk), registeredAt: time("2023-04-20"))
  static let enterpriseBare = Enterprise(uscc: "", name: "", district: "")

  static let everyField: [Enterprise.Field] = [
    .name("深圳市华南精密电镀有限公司"), .shortName("华南电镀"), .district("宝安区"), .industry("电镀"),
    .ownership("私营"), .tier(.key), .keyDischargeUnit(true), .monitoring(.installed),
    .monitoring(nil), .address("新和大道 88 号"), .legalRepresentative("刘德明"),
    .contactPerson("黄丽"), .contactPhone("13800138000"), .notes(trickyText),
    .permitsComplete(true), .permitsComplete(nil), .facilitiesRunning(false),
    .facilitiesRunning(nil), .executionReportsFiled(true), .executionReportsFiled(nil),
    .facilityCategory(.incineration), .facilityCategory(nil),
    .emergencies([day("2022-08-01")]), .emergencies([]), .name(""),
  ]

  static let enterpriseChanges: [EnterpriseChange] = [
    .registered(enterprise),
    .edited(
      enterpriseID, [.name("华南精密电镀"), .monitoring(nil), .tier(.general)],
      previous: [.name(enterprise.name), .monitoring(.networked), .tier(.key)]),
    .commissionerAssigned(enterpriseID, commissioner, on: day("2025-01-01"), previous: "S0030"),
    .commissionerUnassigned(enterpriseID, commissioner, on: day("2025-06-30")),
    .qrCodeDelivered(enterpriseID, on: day("2025-02-18")),
    .tagAdded(enterpriseID, "电镀"),
    .tagRemoved(enterpriseID, "重点监管"),
  ]

  static let enterpriseDraft = EnterpriseDraft(
    uscc: "91440300MA5F4XQK2X", usccOverrideReason: "校验位不符，已核对原件", name: "深圳市蓝天环保科技有限公司",
    shortName: "蓝天环保", district: "南山区", industry: "环保咨询", ownership: "有限责任",
    tier: .key, isKeyDischargeUnit: true, monitoring: .notInstalled, address: "科技园 1 号",
    legalRepresentative: "周强", contactPerson: "吴芳", contactPhone: "0755-8888 0000",
    tags: ["新登记"], notes: "待核查",
    permit: Enterprise.PermitFacts(
      permitsComplete: false, facilitiesRunning: true, executionReportsFiled: false,
      category: .wastewaterTreatment, emergencies: [day("2024-02-02")]))
  static let enterpriseDraftBare = EnterpriseDraft(uscc: "", name: "", district: "")

  // MARK: Positive list

  static let facts = PositiveListEntry.EnforcementFacts(
    penalties: [PositiveListEntry.PriorRecord(day: day("2022-03-15"), reference: "深环罚〔2022〕12号")],
    crimeRecords: [])

  static let assessment = PositiveListEntry.Assessment(
    checkedOn: day("2025-03-14"),
    checks: PositiveListEntry.Criterion.allCases.enumerated().map { index, criterion in
      PositiveListEntry.CriterionCheck(
        criterion: criterion,
        finding: PositiveListEntry.Finding.allCases[index % 3],
        evidence: LocalizedText(zh: "登记册：\(criterion.title.zh)", en: "Register: \(criterion)"))
    },
    facts: facts, unknownsConfirmed: true)
  static let assessmentBare = PositiveListEntry.Assessment(
    checkedOn: day("2025-01-01"), checks: [], facts: PositiveListEntry.EnforcementFacts())

  static let violation = PositiveListEntry.Reason(
    kind: .violation, caseNumber: "深环罚〔2025〕7号", text: "超标排放，已立案")
  static let expiry = PositiveListEntry.Reason(kind: .expiry)

  static let positiveListChanges: [PositiveListChange] = [
    .admissionProposed(
      enterpriseID, assessment, on: day("2025-03-14"), nextReviewOn: day("2026-03-14"),
      note: "申请纳入正面清单"),
    .admitted(
      enterpriseID, assessmentBare, on: day("2025-03-14"), nextReviewOn: day("2026-03-14"),
      note: ""),
    .admissionApproved(enterpriseID, assessment, on: day("2025-03-20"), note: "同意"),
    .admissionRejected(enterpriseID, on: day("2025-03-20"), reason: "近两年有处罚记录"),
    .suspended(enterpriseID, violation, on: day("2025-05-05")),
    .restored(enterpriseID, on: day("2025-08-01"), note: "整改完成", nextReviewOn: day("2026-08-01")),
    .restored(enterpriseID, on: day("2025-08-02"), note: "", nextReviewOn: nil),
    .removed(enterpriseID, expiry, on: day("2026-04-01")),
    .reviewed(enterpriseID, on: day("2026-03-10"), nextReviewOn: day("2027-03-10"), note: "复核通过"),
  ]

  static let entry = PositiveListEntry(
    id: enterpriseID, status: .candidate, listedSince: day("2024-03-14"),
    nextReviewOn: day("2026-03-14"),
    pendingAdmission: PositiveListEntry.PendingAdmission(
      assessment: assessment, proposedBy: .staff(clerk), proposedOn: day("2025-03-14"),
      nextReviewOn: day("2026-03-14"), previousStatus: .suspended),
    history: [
      PositiveListEntry.Step(
        kind: .admitted, status: .listed, day: day("2024-03-14"), actor: .staff(clerk),
        time: time("2024-03-14"), note: "直接纳入", assessment: assessmentBare,
        nextReviewOn: day("2025-03-14")),
      PositiveListEntry.Step(
        kind: .suspended, status: .suspended, day: day("2024-09-01"), actor: .system,
        time: time("2024-09-01", hour: 23), reason: violation),
      PositiveListEntry.Step(
        kind: .proposed, status: .candidate, day: day("2025-03-14"), actor: .staff(clerk),
        time: time("2025-03-14"), note: trickyText, assessment: assessment,
        nextReviewOn: day("2026-03-14")),
    ])
  static let entryBare = PositiveListEntry(id: "")

  // MARK: Service

  static let requestID = ServiceRequestID("GC-2025-0042")
  static let visitID = FollowUpVisitID("FV-2025-0108")

  static let request = ServiceRequest(
    id: requestID, enterprise: enterpriseID, subject: "环评批复咨询", details: "扩建项目是否需要重新报批？",
    receivedOn: day("2025-04-01"), status: .closed, commissioner: commissioner,
    answer: "需重新报批，已告知办理流程", answeredOn: day("2025-04-03"), closedOn: day("2025-04-07"),
    history: [
      ServiceRequest.Step(
        status: .received, day: day("2025-04-01"), actor: .staff(clerk), time: time("2025-04-01")),
      ServiceRequest.Step(
        status: .assigned, day: day("2025-04-01"), actor: .system,
        time: time("2025-04-01", hour: 10), commissioner: commissioner, note: "自动分派"),
      ServiceRequest.Step(
        status: .answered, day: day("2025-04-03"), actor: .staff(commissioner),
        time: time("2025-04-03"), note: "需重新报批"),
    ])
  static let requestBare = ServiceRequest(
    id: "", enterprise: "", subject: "", details: "", receivedOn: day("2025-01-01"))

  static let visit = FollowUpVisit(
    id: visitID, enterprise: enterpriseID, kind: .leaderContact, visitedOn: day("2025-04-10"),
    visitor: "S0002", summary: "走访了解复工情况，企业反映审批时限问题", satisfaction: .basicallySatisfied,
    request: requestID, recordedBy: .staff(commissioner), recordedAt: time("2025-04-10", hour: 17))
  static let visitBare = FollowUpVisit(
    id: "", enterprise: "", kind: .followUp, visitedOn: day("2025-01-01"), visitor: "",
    summary: "", recordedBy: .system, recordedAt: Timestamp(secondsSinceEpoch: -1))

  static let serviceChanges: [ServiceChange] = [
    .requestRegistered(request),
    .requestRegistered(requestBare),
    .requestAssigned(requestID, commissioner, on: day("2025-04-01"), previous: "S0030"),
    .requestAssigned(requestID, commissioner, on: day("2025-04-02"), previous: nil),
    .requestAnswered(requestID, on: day("2025-04-03"), answer: "需重新报批"),
    .requestClosed(requestID, on: day("2025-04-07"), note: ""),
    .visitRecorded(visit),
    .satisfactionRecorded(visitID, .notSatisfied),
  ]

  static let requestDraft = ServiceRequestDraft(
    enterprise: enterpriseID, receivedOn: day("2025-04-01"), subject: "排污许可延续",
    details: "许可证 6 月到期")
  static let visitDraft = FollowUpVisitDraft(
    enterprise: enterpriseID, kind: .followUp, visitedOn: day("2025-04-11"), visitor: commissioner,
    summary: "回访", satisfaction: .satisfied, request: requestID)
  static let visitDraftBare = FollowUpVisitDraft(
    enterprise: "", kind: .leaderContact, visitedOn: day("2025-01-01"), visitor: "", summary: "")
}
