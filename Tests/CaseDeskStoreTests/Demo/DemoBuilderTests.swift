import CaseDeskDomain
import CaseDeskStore
import Testing

/// The default demo, built once for the suites.
enum DemoFixture {
  static let workspace = DemoBuilder.build()
  static let error: DemoBuildError? = {
    do throws(DemoBuildError) {
      _ = try DemoBuilder.buildChecked()
      return nil
    } catch {
      return error
    }
  }()
  static let year = DemoFixture.workspace.state.statistics(
    from: Day(year: 2025, month: 1, day: 1) ?? Day(ordinal: 0),
    through: Day(year: 2025, month: 12, day: 31) ?? Day(ordinal: 0))
}

@Suite struct DemoBuilderTests {
  @Test func noCommandIsRefused() {
    #expect(DemoFixture.error == nil, "\(String(describing: DemoFixture.error))")
  }

  @Test func interviewFigures() {
    let s = DemoFixture.year
    #expect(s.channelKeyEnterprises == 147)
    #expect(s.channelGeneralEnterprises == 430)
    #expect(s.keyEnterprisesWithCommissioner == 85)
    #expect(s.commissioners == 40)
    #expect(s.positiveListAtStart == 88)
    #expect(s.positiveListAtEnd == 98)
    #expect(s.approvedInspections == 417)
    #expect(s.scanIns == 476)
    #expect(s.scanInSatisfaction == 1.0)
    #expect(s.onlineMonitoringClues == 3406)
    #expect(s.minorViolationsNotPenalised == 28)
    #expect(s.crimeReferrals == 5)
    #expect(s.detentionReferrals == 2)
    #expect(s.socialSupervisors == 38)
    #expect(s.supervisorParticipations == 66)
    #expect(s.qrCodesDelivered >= 1200)
    #expect(s.followUpVisits == 58)
    #expect(s.followUpSatisfaction == 1.0)
    #expect(s.rectificationTasks == 18)
    #expect(s.rectificationTasksDone == 15)
  }
}
