import CaseDeskDomain
import CaseDeskStore
import Testing

/// What the demo holds beyond the figures: every stage, deadlines, names and codes.
@Suite struct DemoContentTests {
  let state = DemoFixture.workspace.state
  let now = Timestamp(day: DemoFixture.workspace.asOf, hour: 9, utcOffset: 8 * 3600)

  @Test func everyCaseStageIsPresent() {
    let stages = Set(state.cases.values.map(\.stage))
    for stage in CaseStage.allCases {
      #expect(stages.contains(stage), "no case in \(stage)")
    }
  }

  @Test func everyInspectionStageIsPresent() {
    let stages = Set(state.inspections.values.map(\.stage))
    for stage in Inspection.Stage.allCases {
      #expect(stages.contains(stage), "no inspection in \(stage)")
    }
    let pending = state.enterprises.keys.filter { !state.pendingHealthCheckForms(of: $0).isEmpty }
    #expect(!pending.isEmpty)
  }

  @Test func cluesInEveryTriageState() {
    let clues = state.clues.values
    #expect(clues.contains { $0.isOpen && $0.verification == nil })
    #expect(clues.contains { $0.filingExtension != nil })
    for disposition in Clue.Disposition.allCases {
      #expect(clues.contains { $0.disposition == disposition }, "\(disposition)")
    }
    #expect(clues.contains { $0.verification == .notVerified })
  }

  @Test func requestsInEveryStatus() {
    let statuses = Set(state.serviceRequests.values.map(\.status))
    for status in ServiceRequest.Status.allCases {
      #expect(statuses.contains(status), "\(status)")
    }
  }

  @Test func positiveListHasEntriesAwaitingApproval() {
    #expect(PositiveListQueries.awaitingApproval(in: state).count == 3)
  }

  @Test func overdueAndDueSoonDeadlines() {
    let items = state.deadlineItems(at: now)
    #expect(items.contains { $0.status.isOverdue })
    #expect(items.contains { $0.status.isDueSoon })
    let caseItems = items.filter {
      if case .enforcementCase = $0.deadline.record { return true } else { return false }
    }
    #expect(caseItems.contains { $0.status.isOverdue && $0.deadline.rule == .caseDecision })
    #expect(caseItems.contains { $0.status.isOverdue && $0.deadline.rule == .finePayment })
  }

  @Test func staffHoldTheirQualifications() {
    let staff = state.staff.values
    for member in staff {
      if member.roles.contains(.officer) { #expect(member.certificateNumber != nil) }
      if member.roles.contains(.legalReviewer) { #expect(member.legalQualification != nil) }
    }
    #expect(staff.filter { $0.roles.contains(.commissioner) }.count == 40)
    #expect(staff.contains { $0.roles == [.viewer] })
    #expect(Set(staff.map(\.name)).count == staff.count)
  }

  @Test func enterpriseNamesAndCodes() throws {
    let regions: Set<String> = [
      "210302", "210303", "210304", "210311", "210300", "210381", "210321", "210323",
    ]
    let counties = ["海城市", "台安县", "岫岩满族自治县"]
    let enterprises = Array(state.enterprises.values)
    #expect(Set(enterprises.map(\.name)).count == enterprises.count)
    for enterprise in enterprises {
      let code = try UnifiedSocialCreditCode(enterprise.uscc)
      #expect(code.text == enterprise.uscc)
      #expect(enterprise.usccOverrideReason == nil)
      let region = String(enterprise.uscc.dropFirst(2).prefix(6))
      #expect(regions.contains(region), "\(enterprise.uscc)")
      #expect(!enterprise.shortName.isEmpty && !enterprise.legalRepresentative.isEmpty)
      for county in counties where enterprise.name.hasPrefix(county.prefix(2)) {
        #expect(enterprise.district == county, "\(enterprise.name) in \(enterprise.district)")
      }
      #expect(
        ["有限公司", "有限责任公司", "股份有限公司", "厂", "专业合作社"].contains { enterprise.name.hasSuffix($0) })
    }
  }
}
