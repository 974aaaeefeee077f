import Testing

@testable import CaseDeskDomain

@Suite struct EnterpriseRulesTests {
  typealias F = RegisterFixture

  @Test func registerKeepsEveryField() throws {
    var state = F.state()
    var draft = F.draft(1)
    draft.uscc = " " + draft.uscc.lowercased() + " "
    draft.tags = ["钢铁", " 重点 ", "钢铁"]
    draft.address = " 铁东区某路 1 号 "
    draft.contactPhone = "0412-1234567"
    draft.permit.emergencies = [F.day(2020, 5, 1), F.day(2019, 1, 1), F.day(2020, 5, 1)]
    try Domain.perform(.enterprise(.register(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    let enterprise = try #require(state.enterprises[EnterpriseID(F.code(1))])
    #expect(enterprise.uscc == F.code(1))
    #expect(enterprise.tags == ["重点", "钢铁"])
    #expect(enterprise.address == "铁东区某路 1 号")
    #expect(enterprise.permit.emergencies == [F.day(2019, 1, 1), F.day(2020, 5, 1)])
    #expect(enterprise.registeredBy == .staff(F.clerk))
    #expect(enterprise.positiveList == .notListed)
    #expect(enterprise.usccOverrideReason == nil)
  }

  @Test func registerReportsEveryProblem() {
    let state = F.state()
    var draft = F.draft(1)
    draft.uscc = "914403001922038217"
    draft.name = " "
    draft.district = ""
    draft.contactPhone = "电话"
    draft.tags = [" "]
    draft.permit.emergencies = [F.day(2030, 1, 1)]
    let refusal = F.refusal(.enterprise(.register(draft)), by: .staff(F.clerk), in: state)
    #expect(refusal?.kind == .invalidInput)
    #expect(
      F.fields(refusal) == [
        "contactPhone", "district", "name", "permit.emergencies", "tags[0]", "uscc",
        "usccOverrideReason",
      ])
    F.expectWellFormed(refusal)
  }

  @Test func aFailingCodeIsKeptWithItsOverrideReason() throws {
    var state = F.state()
    var draft = F.draft(1)
    draft.uscc = "914403001922038217"
    draft.usccOverrideReason = " 早期试点地区代码，营业执照原件已核 "
    let events = try Domain.perform(
      .enterprise(.register(draft)), by: .staff(F.clerk), at: F.now, on: &state)
    let enterprise = try #require(state.enterprises["914403001922038217"])
    #expect(enterprise.usccOverrideReason == "早期试点地区代码，营业执照原件已核")
    guard case .enterprise(let change) = events.first?.change else {
      Issue.record("no change")
      return
    }
    #expect(change.summary.en.contains("override"))
  }

  @Test func duplicatesAreRefused() throws {
    var state = F.state()
    try F.register(1, in: &state)
    var again = F.draft(1)
    again.uscc = again.uscc.lowercased()
    let refusal = F.refusal(.enterprise(.register(again)), by: .staff(F.clerk), in: state)
    #expect(refusal?.kind == .ruleViolated)
    F.expectWellFormed(refusal)
  }

  @Test(arguments: StaffRole.allCases)
  func rolesForEachCommand(_ role: StaffRole) throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let actor = Actor.staff(try #require(F.byRole[role]))
    let cases: [(EnterpriseCommand, Set<StaffRole>)] = [
      (.register(F.draft(2)), [.clerk]),
      (.edit(id, [.notes("新备注")]), [.clerk]),
      (.addTag(id, "新"), [.clerk]),
      (.assignCommissioner(id, F.commissioner), [.clerk, .approver]),
      (.deliverQRCode(id, on: F.today), [.clerk, .commissioner]),
    ]
    for (command, allowed) in cases {
      let refusal = F.refusal(.enterprise(command), by: actor, in: state)
      if allowed.contains(role) {
        #expect(refusal == nil, "\(command) by \(role)")
      } else {
        #expect(refusal?.kind == .notPermitted, "\(command) by \(role)")
      }
    }
    try Domain.perform(.enterprise(.addTag(id, "旧")), by: .system, at: F.now, on: &state)
    try Domain.perform(
      .enterprise(.assignCommissioner(id, F.commissioner)), by: .system, at: F.now, on: &state)
    for (command, allowed) in [
      (EnterpriseCommand.removeTag(id, "旧"), Set<StaffRole>([.clerk])),
      (.unassignCommissioner(id), [.clerk, .approver]),
    ] {
      let refusal = F.refusal(.enterprise(command), by: actor, in: state)
      #expect((refusal == nil) == allowed.contains(role), "\(command) by \(role)")
    }
  }

  @Test func editRecordsOnlyWhatChanged() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let events = try Domain.perform(
      .enterprise(
        .edit(
          id,
          [
            .name(" 新名称有限公司 "), .district("铁东区"), .tier(.general), .monitoring(.installed),
            .permitsComplete(nil), .facilityCategory(.incineration),
            .emergencies([F.day(2025, 3, 1)]),
          ])), by: .staff(F.clerk), at: F.now, on: &state)
    guard case .enterprise(.edited(_, let fields, let previous)) = events.first?.change else {
      Issue.record("no edit")
      return
    }
    #expect(fields.map(\.key).contains("district") == false)
    #expect(fields.first == .name("新名称有限公司"))
    #expect(previous.first == .name("鞍山测试企业1有限公司"))
    let enterprise = try #require(state.enterprises[id])
    #expect(enterprise.name == "新名称有限公司")
    #expect(enterprise.tier == .general)
    #expect(enterprise.monitoring == .installed)
    #expect(enterprise.permit.permitsComplete == nil)
    #expect(enterprise.permit.category == .incineration)
    #expect(enterprise.permit.emergencies == [F.day(2025, 3, 1)])
    #expect(
      try Domain.execute(
        .enterprise(.edit(id, [.tier(.general)])), by: .system, at: F.now, in: state) == [])
    let every: [Enterprise.Field] = [
      .shortName("短"), .industry("化工"), .ownership("国有"), .keyDischargeUnit(false),
      .address("地址"), .legalRepresentative("法人"), .contactPerson("联系人"),
      .contactPhone("+86 412 1"), .notes("备注"), .facilitiesRunning(false),
      .executionReportsFiled(false),
    ]
    try Domain.perform(.enterprise(.edit(id, every)), by: .system, at: F.now, on: &state)
    let after = try #require(state.enterprises[id])
    for field in every { #expect(after.current(field) == field) }
    for field in every + fields { #expect(!field.label.zh.isEmpty && !field.label.en.isEmpty) }
  }

  @Test func editReportsEveryProblem() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let refusal = F.refusal(
      .enterprise(
        .edit(
          id,
          [
            .name(""), .district(" "), .contactPhone("abc"), .notes("a"), .notes("b"),
            .emergencies([F.day(2026, 1, 1)]),
          ])), by: .staff(F.clerk), in: state)
    #expect(
      F.fields(refusal) == ["contactPhone", "district", "name", "notes", "permit.emergencies"])
    F.expectWellFormed(refusal)
    #expect(
      F.refusal(.enterprise(.edit("NOPE", [.notes("x")])), by: .staff(F.clerk), in: state)?.kind
        == .notFound)
  }

  @Test func commissionerAssignment() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    for refused in [F.officer, F.clerk] {
      #expect(
        F.refusal(.enterprise(.assignCommissioner(id, refused)), by: .staff(F.clerk), in: state)?
          .kind == .ruleViolated)
    }
    #expect(
      F.refusal(.enterprise(.assignCommissioner(id, "ghost")), by: .staff(F.clerk), in: state)?
        .kind == .notFound)
    #expect(
      F.refusal(.enterprise(.unassignCommissioner(id)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    try Domain.perform(
      .enterprise(.assignCommissioner(id, F.commissioner)), by: .staff(F.clerk),
      at: F.time(2025, 3, 1), on: &state)
    #expect(
      F.refusal(
        .enterprise(.assignCommissioner(id, F.commissioner)), by: .staff(F.clerk), in: state)?
        .kind == .ruleViolated)
    try Domain.perform(
      .enterprise(.assignCommissioner(id, F.commissioner2)), by: .staff(F.approver),
      at: F.time(2025, 4, 1), on: &state)
    try Domain.perform(
      .enterprise(.unassignCommissioner(id)), by: .staff(F.clerk), at: F.time(2025, 5, 1),
      on: &state)
    let enterprise = try #require(state.enterprises[id])
    #expect(enterprise.commissioner == nil)
    #expect(
      enterprise.commissionerHistory == [
        Enterprise.CommissionerAssignment(
          commissioner: F.commissioner, from: F.day(2025, 3, 1), until: F.day(2025, 4, 1),
          assignedBy: .staff(F.clerk)),
        Enterprise.CommissionerAssignment(
          commissioner: F.commissioner2, from: F.day(2025, 4, 1), until: F.day(2025, 5, 1),
          assignedBy: .staff(F.approver)),
      ])
    try Domain.perform(
      .staff(.deactivateMember(F.commissioner)), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(
      F.refusal(
        .enterprise(.assignCommissioner(id, F.commissioner)), by: .staff(F.clerk), in: state)?
        .kind == .ruleViolated)
  }

  @Test func qrCodeAndTags() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let future = F.refusal(
      .enterprise(.deliverQRCode(id, on: F.day(2025, 7, 1))), by: .staff(F.clerk), in: state)
    #expect(F.fields(future) == ["qrCodeDeliveredOn"])
    try Domain.perform(
      .enterprise(.deliverQRCode(id, on: F.day(2025, 6, 1))), by: .staff(F.commissioner),
      at: F.now, on: &state)
    #expect(state.enterprises[id]?.qrCodeDeliveredOn == F.day(2025, 6, 1))
    #expect(
      F.refusal(.enterprise(.deliverQRCode(id, on: F.today)), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(EnterpriseQueries.qrCodesDelivered(by: F.day(2025, 6, 1), in: state) == 1)
    #expect(EnterpriseQueries.qrCodesDelivered(by: F.day(2025, 5, 31), in: state) == 0)

    #expect(
      F.fields(F.refusal(.enterprise(.addTag(id, " ")), by: .staff(F.clerk), in: state)) == ["tag"])
    try Domain.perform(
      .enterprise(.addTag(id, " 涉VOCs ")), by: .staff(F.clerk), at: F.now, on: &state)
    try Domain.perform(.enterprise(.addTag(id, "A")), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(state.enterprises[id]?.tags == ["A", "涉VOCs"])
    #expect(
      F.refusal(.enterprise(.addTag(id, "A")), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    try Domain.perform(.enterprise(.removeTag(id, "A")), by: .staff(F.clerk), at: F.now, on: &state)
    #expect(
      F.refusal(.enterprise(.removeTag(id, "A")), by: .staff(F.clerk), in: state)?.kind
        == .ruleViolated)
    #expect(
      F.refusal(.enterprise(.removeTag(id, "")), by: .staff(F.clerk), in: state)?.kind
        == .invalidInput)
    #expect(state.enterprises[id]?.tags == ["涉VOCs"])
  }

  @Test func applyRefusesEventsThatDoNotFit() throws {
    var state = F.state()
    let id = try F.register(1, in: &state)
    let enterprise = try #require(state.enterprises[id])
    let bad: [EnterpriseChange] = [
      .registered(enterprise),
      .edited(id, [.name("x")], previous: [.name("not the current name")]),
      .edited(id, [.name("x")], previous: []),
      .edited("NOPE", [], previous: []),
      .commissionerAssigned(id, F.commissioner, on: F.today, previous: F.commissioner2),
      .commissionerUnassigned(id, F.commissioner, on: F.today),
      .tagRemoved(id, "none"),
    ]
    for change in bad {
      var copy = state
      #expect(throws: Inconsistency.self) {
        try copy.apply(Event(actor: .system, time: F.now, change: .enterprise(change)))
      }
      #expect(copy == state)
    }
    try state.apply(Event(actor: .system, time: F.now, change: .enterprise(.tagAdded(id, "t"))))
    try state.apply(
      Event(actor: .system, time: F.now, change: .enterprise(.qrCodeDelivered(id, on: F.today))))
    for change in [EnterpriseChange.tagAdded(id, "t"), .qrCodeDelivered(id, on: F.today)] {
      var copy = state
      #expect(throws: Inconsistency.self) {
        try copy.apply(Event(actor: .system, time: F.now, change: .enterprise(change)))
      }
    }
  }

  @Test func descriptions() throws {
    let id = EnterpriseID(F.code(1))
    let enterprise = Enterprise(uscc: F.code(1), name: "某", district: "铁东区")
    let all: [EnterpriseChange] = [
      .registered(enterprise), .edited(id, [.name("x")], previous: [.name("y")]),
      .commissionerAssigned(id, F.commissioner, on: F.today, previous: F.commissioner2),
      .commissionerUnassigned(id, F.commissioner, on: F.today), .qrCodeDelivered(id, on: F.today),
      .tagAdded(id, "t"), .tagRemoved(id, "t"),
    ]
    for change in all {
      #expect(change.enterprise == id)
      #expect(change.affectedRecords.first == .enterprise(id))
      #expect(!change.summary.zh.isEmpty && !change.summary.en.isEmpty)
    }
    #expect(all.allSatisfy { $0.affectedRecords == [.enterprise(id)] })
  }
}
