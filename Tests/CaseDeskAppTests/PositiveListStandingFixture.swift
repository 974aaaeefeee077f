import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// Shared set-up for the positive list's standing tests: demo staff by role, a harness on the
/// positive list pane, and the store-side walks that put a listed enterprise on the
/// review-needed queue (a decided case, a verified complaint, repeated exceedance).
enum PositiveListStandingFixture {
  /// The demo's first active staff member with a role (ids sorted).
  static func staff(_ role: StaffRole, skipping: Int = 0) -> StaffID {
    let ids = AppHarness.demoWorkspace.state.staff.values
      .filter { $0.isActive && $0.roles.contains(role) }
      .map(\.id).sorted()
    return ids.dropFirst(skipping).first ?? StaffID("missing-\(role)")
  }

  static let clerk = staff(.clerk)

  /// A harness on the positive list pane with an operator (the clerk by default).
  static func harness(
    size: Size = Size(width: 80, height: 24), language: Language = .zh,
    operator staffID: StaffID = clerk, today: String = "2025-06-30"
  ) -> AppHarness {
    var options = LaunchOptions(operatorID: staffID.raw, demo: true)
    options.today = today
    let harness = AppHarness(size: size, language: language, options: options)
    harness.press("pane.positive")
    return harness
  }

  /// The open pane form, or nil.
  static func form(_ harness: AppHarness) -> PaneForm? {
    if case .paneForm(let form)? = harness.state.overlay { return form }
    return nil
  }

  /// The first entry listed for a month or more that no trigger has put on the queue (the
  /// demo's state is the year end's, whatever the harness's day).
  static func quietListed(_ harness: AppHarness, skipping: Int = 0) -> EnterpriseID? {
    let queued = Set(harness.state.positiveList.reviewQueue.map(\.enterprise))
    guard let today = Day(harness.state.today) else { return nil }
    return harness.state.positiveList.allRows.filter {
      $0.status == .listed && !queued.contains($0.id) && !$0.isReviewOverdue
        && ($0.since ?? today) <= today.adding(days: -30)
    }.dropFirst(skipping).first?.id
  }

  /// The first row with a standing.
  static func first(_ status: PositiveListStatus, in harness: AppHarness) -> EnterpriseID? {
    harness.state.positiveList.allRows.first { $0.status == status }?.id
  }

  /// Selects an enterprise's row: its tab, and the list filtered on its name.
  static func select(_ id: EnterpriseID, in harness: AppHarness) {
    let tab: PositiveListTab
    switch harness.state.domain.positiveList[id]?.status {
    case .suspended?: tab = .suspended
    case .removed?: tab = .removed
    case .listed?: tab = .listed
    default: tab = .candidates
    }
    if !harness.state.positiveList.list.filterText.isEmpty { harness.press("list.clearFilter") }
    while harness.state.positiveList.tab != tab { harness.press("positive.nextTab") }
    let name = harness.state.domain.enterprises[id]?.name ?? id.raw
    harness.press("list.filter")
    harness.type(name)
    harness.press("filter.accept")
  }

  /// Makes a command through the store as a staff member, then lets the runtime take it.
  @discardableResult
  static func make(
    _ command: Command, by staffID: StaffID, at time: Timestamp, in harness: AppHarness
  ) throws -> [Event] {
    let events = try harness.store.make(command, by: .staff(staffID), at: time)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    harness.runtime.renderFrame()
    return events
  }

  /// A time some days before the harness's now.
  static func daysAgo(_ days: Int, _ harness: AppHarness, hour: Int = 0) -> Timestamp {
    harness.state.now.adding(seconds: Int64(-days * 86_400 + hour * 3600))
  }

  /// Walks a case against an enterprise to a penalty decision today (opened 20 days ago);
  /// returns the case's id.
  @discardableResult
  static func decidePenalty(against id: EnterpriseID, in harness: AppHarness) throws -> CaseID {
    let officer = staff(.officer)
    let second = staff(.officer, skipping: 1)
    let day = { (ago: Int) in
      harness.state.now.adding(seconds: Int64(-ago * 86_400)).day(utcOffset: 8 * 3600)
    }
    let opening = CaseOpening(
      enterprise: id, source: .other("群众举报"), violation: "超标排放废水",
      legalBasis: "水污染防治法第十条", conductOn: day(25))
    let opened = try make(
      .enforcementCase(.openCase(opening)), by: officer, at: daysAgo(20, harness), in: harness)
    guard case .enforcementCase(let change)? = opened.first?.change else {
      Issue.record("opening made no case")
      return CaseID("")
    }
    let caseID = change.caseID
    let steps: [(CaseCommand, StaffID, Int)] = [
      (
        .fileCase(
          caseID,
          FilingConditions(
            suspectedViolation: true, penaltyPossible: true, withinJurisdiction: true,
            notTimeBarred: true, opinion: "同意立案")), staff(.approver), 19
      ),
      (.startInvestigation(caseID, officers: [officer, second]), officer, 18),
      (
        .recordEvidence(
          caseID,
          EvidenceRecord(
            kind: .onSiteRecord, documentNumber: "勘-901", madeOn: day(18), summary: "现场检查")),
        officer, 18
      ),
      (
        .submitInvestigationReport(
          caseID,
          InvestigationReport(facts: "COD超标0.5倍", evidence: "监测报告、笔录", proposedOutcome: "罚款二万元")),
        officer, 17
      ),
      (.reviewCase(caseID, .passed(opinion: "事实清楚")), staff(.legalReviewer), 16),
      (
        .givePriorNotice(
          caseID,
          PriorNotice(
            documentNumber: "鞍环告〔2025〕901号", facts: "超标排放", reasons: "违反第十条", basis: "第八十三条",
            proposedPenalty: "罚款二万元", hearingRight: false, servedOn: day(15))), officer, 15
      ),
      (
        .decide(
          caseID,
          .penalty(
            PenaltyTerms(fineFen: 2_000_000, legalBasis: "水污染防治法第八十三条", discretion: "按裁量基准低档")),
          documentNumber: "鞍环罚决〔2025〕901号"), staff(.approver), 0
      ),
    ]
    for (command, actor, ago) in steps {
      try make(.enforcementCase(command), by: actor, at: daysAgo(ago, harness), in: harness)
    }
    return caseID
  }

  /// Receives clues against an enterprise (days ago each) and verifies them.
  static func verifiedClues(
    _ source: Clue.Source, against id: EnterpriseID, daysAgo days: [Int],
    measurement: ClueMeasurement? = nil, in harness: AppHarness
  ) throws {
    let officer = staff(.officer)
    for ago in days {
      let intake = ClueIntake(
        source: source, enterprise: id, facts: "夜间排放异味", measurement: measurement,
        receivedAt: daysAgo(ago, harness))
      let received = try make(
        .clue(.receiveClue(intake)), by: officer, at: daysAgo(ago, harness), in: harness)
      guard case .clue(.received(let clueID, _))? = received.first?.change else {
        Issue.record("receiving made no clue")
        return
      }
      try make(
        .clue(.verifyClue(clueID, .verified)), by: officer,
        at: daysAgo(ago, harness, hour: 2), in: harness)
    }
  }

  /// A measurement over its limit.
  static let exceedance = ClueMeasurement(pollutant: "COD", measured: 75, limit: 50, unit: "mg/L")
}
