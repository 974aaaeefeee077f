import CaseDeskDomain
import CaseDeskStore
import Testing

/// The interview's figures, one by one, from the year's statistics.
@Suite struct DemoFiguresTests {
  let s = DemoFixture.year

  @Test func feedbackChannel() {
    #expect(s.channelKeyEnterprises == 147)
    #expect(s.channelGeneralEnterprises == 430)
  }

  @Test func commissioners() {
    #expect(s.keyEnterprisesWithCommissioner == 85)
    #expect(s.commissioners == 40)
  }

  @Test func positiveList() {
    #expect(s.positiveListAtStart == 88)
    #expect(s.positiveListAtEnd == 98)
    let steps = DemoFixture.workspace.state.positiveList.values.flatMap(\.history)
    let inYear = steps.filter { $0.day.year == 2025 }
    #expect(inYear.contains { $0.kind == .suspended })
    #expect(inYear.contains { $0.kind == .restored })
    #expect(inYear.contains { $0.kind == .removed })
    #expect(inYear.filter { $0.kind == .approved }.count == 12)
  }

  @Test func inspections() {
    #expect(s.approvedInspections == 417)
    #expect(s.scanIns == 476)
    #expect(s.scanInSatisfaction == 1.0)
  }

  @Test func onlineMonitoringClues() {
    #expect(s.onlineMonitoringClues == 3406)
  }

  @Test func minorViolationsNotPenalised() {
    #expect(s.minorViolationsNotPenalised == 28)
    let decided = DemoFixture.workspace.state.cases.values.compactMap(\.decision)
    for record in decided where record.decision.kind == .noPenaltyMinor {
      guard case .noPenaltyMinor(let findings) = record.decision else { continue }
      #expect(!findings.listItem.isEmpty && !findings.correctionOrder.isEmpty)
      #expect(findings.correctedOn != nil && findings.recheckOn != nil)
    }
  }

  @Test func referrals() {
    #expect(s.crimeReferrals == 5)
    #expect(s.detentionReferrals == 2)
    let stages = Set(DemoFixture.workspace.state.referrals.values.map(\.stage))
    #expect(stages.count >= 4, "\(stages)")
  }

  @Test func socialSupervisors() {
    #expect(s.socialSupervisors == 38)
    #expect(s.supervisorParticipations == 66)
  }

  @Test func qrCodes() {
    #expect(s.qrCodesDelivered >= 1200)
    #expect(DemoFixture.workspace.state.enterprises.count > 1200)
  }

  @Test func followUpVisits() {
    #expect(s.followUpVisits == 58)
    #expect(s.followUpSatisfaction == 1.0)
    let leaders = DemoFixture.workspace.state.followUpVisits.values.filter {
      $0.kind == .leaderContact
    }
    #expect(!leaders.isEmpty)
  }

  @Test func rectification() {
    #expect(s.rectificationTasks == 18)
    #expect(s.rectificationTasksDone == 15)
  }
}
