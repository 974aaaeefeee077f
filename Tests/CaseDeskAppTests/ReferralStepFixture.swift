import CaseDeskDomain
import CaseDeskStore
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// A case of the demo bureau carried to the point a referral may be drafted, then from one
/// operator's harness to the next: each step runs in a harness of the role that takes it, at
/// its own moment (day and hour), with every earlier change replayed into its store.
final class ReferralStepFixture {
  /// The name of the person responsible, by which the referrals pane's filter finds the
  /// referral.
  static let person = "Refflowxq"
  /// The word in the case's violation that the case review pane's filter finds it by.
  static let marker = "refflowxq"
  static let utc = 8 * 3600

  let size: Size
  let language: Language
  /// Every change made so far, oldest first.
  private(set) var events: [Event] = []
  private(set) var caseID = CaseID("")

  /// Opens a case (conduct on 2025-05-20) as officer1 on 2025-06-02 and files it.
  init(size: Size = Size(width: 160, height: 40), language: Language = .zh) throws {
    self.size = size
    self.language = language
    let demo = AppHarness.demoWorkspace.state
    let enterprise = try #require(demo.enterprises.keys.sorted().first)
    let opening = CaseOpening(
      enterprise: enterprise, source: .other("hotline"), violation: "非法处置危险废物 " + Self.marker,
      legalBasis: "固体废物污染环境防治法第一百一十二条", conductOn: try #require(Day("2025-05-20")))
    try run(.openCase(opening), by: "officer1", at: "2025-06-02", hour: 9)
    caseID = try #require(state.cases.values.first { $0.violation.contains(Self.marker) }?.id)
    try run(
      .fileCase(
        caseID,
        FilingConditions(
          suspectedViolation: true, penaltyPossible: true, withinJurisdiction: true,
          notTimeBarred: true, opinion: "同意立案")),
      by: "leader1", at: "2025-06-02", hour: 10)
  }

  /// A moment in the bureau's local time.
  static func at(_ day: String, hour: Int, minute: Int = 0) -> Timestamp {
    Timestamp(day: Day(day) ?? Day(ordinal: 0), hour: hour, minute: minute, utcOffset: utc)
  }

  /// The demo with every change so far.
  var state: DomainState {
    let store = MemoryDomainStore(state: AppHarness.demoWorkspace.state)
    try? store.record(events)
    return store.state
  }

  /// Makes a change directly (the case's steps around the referral).
  func run(_ command: Command, by staff: String, at day: String, hour: Int) throws {
    let store = MemoryDomainStore(state: AppHarness.demoWorkspace.state)
    try store.record(events)
    events += try store.make(command, by: .staff(StaffID(staff)), at: Self.at(day, hour: hour))
  }

  /// Makes a case change directly.
  func run(_ command: CaseCommand, by staff: String, at day: String, hour: Int) throws {
    try run(.enforcementCase(command), by: staff, at: day, hour: hour)
  }

  /// Investigates, reports and reviews the case (2025-06-03 to 2025-06-05).
  func review() throws {
    try run(
      .startInvestigation(caseID, officers: ["officer1", "officer2"]), by: "officer1",
      at: "2025-06-03", hour: 9)
    try run(
      .recordEvidence(
        caseID,
        EvidenceRecord(
          kind: .onSiteRecord, documentNumber: "勘-R1", madeOn: try #require(Day("2025-06-03")),
          summary: "现场检查")),
      by: "officer1", at: "2025-06-03", hour: 10)
    try run(
      .submitInvestigationReport(
        caseID,
        InvestigationReport(facts: "非法处置危险废物", evidence: "勘-R1", proposedOutcome: "罚款")),
      by: "officer1", at: "2025-06-04", hour: 9)
    try run(.reviewCase(caseID, .passed(opinion: "事实清楚")), by: "legal1", at: "2025-06-05", hour: 9)
  }

  /// Reviews the case, serves the prior notice (no hearing right) and decides a fine at
  /// 10:00 on a day.
  func decidePenalty(on day: String) throws {
    try review()
    let notice = PriorNotice(
      documentNumber: "告-R1", facts: "非法处置危险废物", reasons: "违反规定", basis: "第一百一十二条",
      proposedPenalty: "罚款十万元", hearingRight: false, servedOn: try #require(Day("2025-06-06")))
    try run(.givePriorNotice(caseID, notice), by: "officer1", at: "2025-06-06", hour: 9)
    let terms = PenaltyTerms(fineFen: 10_000_000, legalBasis: "第一百一十二条", discretion: "中档")
    try run(
      .decide(caseID, .penalty(terms), documentNumber: "罚-R1"), by: "leader1", at: day, hour: 10)
  }

  /// Drafts a referral of the fixture's case on a ground as officer1 at an hour of a day, and
  /// ticks the documents of its kind that `ticks` keeps an hour later; returns its id.
  func draftReferral(
    _ ground: ReferralGround, on day: String, hour: Int,
    ticks: (ReferralDocument) -> Bool = { _ in true }
  ) throws -> ReferralID {
    let draft = ReferralDraft(caseID: caseID, ground: ground, responsiblePersons: [Self.person])
    try run(.referral(.draftReferral(draft)), by: "officer1", at: day, hour: hour)
    let id = try #require(state.referrals.values.first { $0.caseID == caseID }?.id)
    for document in ground.kind.requiredDocuments where ticks(document) {
      try run(
        .referral(.tickDocument(id, document, documentNumber: "文-" + document.rawValue)),
        by: "officer1", at: day, hour: hour + 1)
    }
    return id
  }

  /// A harness of an operator at a moment, with every change so far, on the referrals pane
  /// filtered to the fixture's referrals.
  func harness(_ operatorID: String, _ day: String, hour: Int = 12, minute: Int = 0) throws
    -> AppHarness
  {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: operatorID, demo: true, today: day),
      prepare: { $0.now = Self.at(day, hour: hour, minute: minute) })
    try harness.store.record(events)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
    harness.press("pane.referrals")
    if harness.store.state.referrals.values.contains(where: { $0.caseID == caseID }) {
      harness.press("list.filter")
      harness.type(Self.person)
      harness.press("filter.accept")
    }
    return harness
  }

  /// The same harness on the case review pane, filtered to the case.
  func casesHarness(_ operatorID: String, _ day: String, hour: Int = 12) throws -> AppHarness {
    let harness = try self.harness(operatorID, day, hour: hour)
    harness.press("pane.cases")
    harness.press("list.filter")
    harness.type(Self.marker)
    harness.press("filter.accept")
    return harness
  }

  /// Keeps the harness's changes for the next step.
  func keep(_ harness: AppHarness) {
    events = harness.store.events
  }

  /// The fixture case's referrals in a harness, oldest first.
  func referrals(_ harness: AppHarness) -> [Referral] {
    harness.store.state.referrals.values.filter { $0.caseID == caseID }.sorted { $0.id < $1.id }
  }

  // MARK: - Driving the form

  /// The open pane form, or nil.
  static func form(_ harness: AppHarness) -> PaneForm? { CaseStepFixture.form(harness) }

  /// Types text into a field.
  static func fill(_ id: String, _ text: String, _ harness: AppHarness) {
    CaseStepFixture.fill(id, text, harness)
  }

  /// Moves a choice field on by some options.
  static func choose(_ id: String, next count: Int, _ harness: AppHarness) {
    CaseStepFixture.choose(id, next: count, harness)
  }

  /// Replaces a field's text.
  static func replace(_ id: String, _ text: String, _ harness: AppHarness) {
    CaseStepFixture.focus(id, harness)
    let count = form(harness)?.value(id).count ?? 0
    for _ in 0..<count { harness.press(keys: "<BS>") }
    harness.type(text)
  }

  /// Opens the step form with `>` and switches to a step when it is not the first offered.
  static func open(_ step: ReferralStep, _ harness: AppHarness) {
    harness.press("referrals.nextStep")
    guard case .referralStep(_, let shown)? = form(harness)?.purpose, shown != step else {
      return
    }
    let title = harness.state.strings[step.titleKey]
    guard case .choice(let list)? = form(harness)?.form[ReferralStepForm.stepField]?.kind,
      let target = list.options.firstIndex(of: title),
      let current = list.options.firstIndex(of: list.value)
    else { return }
    choose(
      ReferralStepForm.stepField,
      next: (target - current + list.options.count) % list.options.count, harness)
  }
}
