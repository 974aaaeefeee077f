import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// Shared set-up for the admission tests: staff of the demo, enterprises by what their record
/// says, and selecting or marking rows of the positive list pane by key presses.
enum AdmissionFixture {
  static let clerk = "clerk1"
  static let approver = "leader1"

  /// A harness with an operator at work on the positive list pane.
  static func harness(
    _ operatorID: String = clerk, size: Size = Size(width: 80, height: 24),
    language: Language = .zh
  ) -> AppHarness {
    let harness = AppHarness(
      size: size, language: language,
      options: LaunchOptions(operatorID: operatorID, demo: true))
    harness.press("pane.positive")
    return harness
  }

  /// The assessment of an enterprise today, as the form shows it.
  static func assessment(_ id: EnterpriseID, in state: AppState) -> PositiveListEntry.Assessment? {
    let today = state.now.day(utcOffset: state.domain.settings.utcOffset)
    return state.domain.enterprises[id].map {
      PositiveListEntry.assess($0, facts: state.domain.enforcementFacts(of: id), on: today)
    }
  }

  /// The first enterprise (by id) with no entry whose assessment passes a test.
  static func unlisted(
    in state: AppState, where test: (PositiveListEntry.Assessment) -> Bool
  ) -> EnterpriseID? {
    state.domain.enterprises.keys.sorted().first { id in
      state.domain.positiveList[id] == nil && assessment(id, in: state).map(test) == true
    }
  }

  /// Every criterion met.
  static func allMet(in state: AppState) -> EnterpriseID? {
    unlisted(in: state) { $0.unmet.isEmpty && $0.unknown.isEmpty }
  }

  /// An enterprise the pane shows with exactly one criterion not met: the last candidate
  /// meeting every criterion is admitted, removed at its request, and then its monitoring is
  /// found not networked (changes made as the system, in the harness's store).
  static func oneUnmet(in harness: AppHarness) throws -> EnterpriseID {
    let state = harness.state
    let id = try #require(
      state.domain.enterprises.keys.sorted().last { id in
        state.domain.positiveList[id] == nil
          && assessment(id, in: state).map { $0.unmet.isEmpty && $0.unknown.isEmpty } == true
      })
    let commands: [Command] = [
      .positiveList(.admit(AdmissionRequest(enterprise: id, facts: .init()))),
      .positiveList(.approveAdmission(id, note: "")),
      .positiveList(.remove(id, PositiveListEntry.Reason(kind: .request, text: "企业申请退出"))),
      .enterprise(.edit(id, [.monitoring(.installed)])),
    ]
    for command in commands { try change(command, by: .system, in: harness) }
    return id
  }

  /// Some criteria unknown, none not met.
  static func withUnknowns(in state: AppState) -> EnterpriseID? {
    unlisted(in: state) { $0.unmet.isEmpty && !$0.unknown.isEmpty }
  }

  /// Shows the "all" tab and selects an enterprise by filtering on its name.
  static func select(_ id: EnterpriseID, in harness: AppHarness) {
    for _ in PositiveListTab.allCases where harness.state.positiveList.tab != .all {
      harness.press("positive.nextTab")
    }
    if harness.state.positiveList.list.isFiltered { harness.press("list.clearFilter") }
    harness.press("list.filter")
    harness.type(harness.state.domain.enterprises[id]?.name ?? id.raw)
    harness.press("filter.accept")
  }

  /// Marks enterprises one by one, then clears the filter.
  static func mark(_ ids: [EnterpriseID], in harness: AppHarness) {
    for id in ids {
      select(id, in: harness)
      harness.press("list.mark")
    }
    harness.press("list.clearFilter")
  }

  /// The open pane form, or nil.
  static func form(_ harness: AppHarness) -> PaneForm? {
    if case .paneForm(let form)? = harness.state.overlay { return form }
    return nil
  }

  /// The open bulk admission, or nil.
  static func bulk(_ harness: AppHarness) -> BulkAdmissionState? {
    if case .bulkAdmission(let bulk)? = harness.state.overlay { return bulk }
    return nil
  }

  /// Makes a change as another user would (in the same store) and lets the app take it in.
  static func change(_ command: Command, by actor: Actor, in harness: AppHarness) throws {
    let events = try harness.store.make(command, by: actor, at: harness.state.now)
    harness.runtime.dispatch(.domainChanged(harness.store.state, events))
  }
}

@Suite struct AdmissionFormTests {
  typealias F = AdmissionFixture

  @Test func aClerkProposesACandidateWhenApprovalIsRequired() throws {
    let harness = F.harness()
    let id = try #require(F.allMet(in: harness.state))
    F.select(id, in: harness)
    #expect(harness.state.positiveList.selected?.id == id)
    harness.press("positive.admit")
    let form = try #require(F.form(harness))
    #expect(form.purpose == .admit(id))
    #expect(form.form.focused?.id == "nextReview")
    #expect(form.form["confirmUnknowns"] == nil)
    #expect(form.generalProblem == nil)
    let criteria = form.form.fields.filter { $0.id.hasPrefix("criterion.") }
    #expect(criteria.count == PositiveListEntry.Criterion.allCases.count)
    #expect(criteria.allSatisfy { !$0.isEditable && $0.error == nil && $0.hint != nil })
    harness.press("form.next")
    harness.type("按期提交执行报告")
    harness.press("form.save")
    #expect(harness.state.overlay == nil)
    let entry = try #require(harness.store.state.positiveList[id])
    #expect(entry.status == .candidate)
    #expect(entry.pendingAdmission?.proposedBy == .staff(StaffID(F.clerk)))
    #expect(harness.state.message?.kind == .success)
    #expect(harness.state.message?.text.contains("等待审批") == true)
  }

  @Test func aClerkAdmitsDirectlyWhenTheSettingIsOff() throws {
    let harness = F.harness(language: .en)
    try F.change(
      .settings(.setPositiveListAdmissionApproval(required: false)), by: .system, in: harness)
    let id = try #require(F.allMet(in: harness.state))
    F.select(id, in: harness)
    harness.press("positive.admit")
    #expect(F.form(harness) != nil)
    harness.press("form.save")
    #expect(harness.state.overlay == nil)
    #expect(harness.store.state.positiveList[id]?.status == .listed)
    #expect(harness.state.message?.text.contains("admitted to the positive list") == true)
    #expect(harness.state.positiveList.allRows.first { $0.id == id }?.status == .listed)
  }

  @Test func anApproverApprovesAProposalAndTheRowMovesToTheListedTab() throws {
    let harness = F.harness(F.approver, language: .en)
    let id = try #require(F.allMet(in: harness.state))
    try F.change(
      .positiveList(.admit(AdmissionRequest(enterprise: id, facts: .init()))),
      by: .staff(StaffID(F.clerk)), in: harness)
    F.select(id, in: harness)
    harness.press("positive.approve")
    let form = try #require(F.form(harness))
    #expect(form.purpose == .approveAdmission(id))
    #expect(form.generalProblem == nil)
    #expect(form.form["proposal"]?.value.contains("姚伟") == true)
    harness.type("ok")
    harness.press("form.save")
    #expect(harness.state.overlay == nil)
    #expect(harness.store.state.positiveList[id]?.status == .listed)
    #expect(harness.state.message?.text.contains("is now listed") == true)
    for _ in PositiveListTab.allCases where harness.state.positiveList.tab != .listed {
      harness.press("positive.nextTab")
    }
    harness.press("list.clearFilter")
    #expect(harness.state.positiveList.records.contains { $0.id == id })
  }

  @Test func anApproverRejectsAProposalWithAReason() throws {
    let harness = F.harness(F.approver, language: .en)
    let id = try #require(F.allMet(in: harness.state))
    try F.change(
      .positiveList(.admit(AdmissionRequest(enterprise: id, facts: .init()))),
      by: .staff(StaffID(F.clerk)), in: harness)
    F.select(id, in: harness)
    harness.press("positive.reject")
    #expect(F.form(harness)?.purpose == .rejectAdmission(id))
    harness.press("form.save")
    let refused = try #require(F.form(harness))
    #expect(refused.form["reason"]?.error != nil)
    #expect(harness.store.state.positiveList[id]?.status == .candidate)
    harness.type("monitoring data incomplete")
    harness.press("form.save")
    #expect(harness.state.overlay == nil)
    #expect(harness.store.state.positiveList[id]?.status == .notListed)
    #expect(harness.store.state.positiveList[id]?.history.last?.kind == .rejected)
  }

  @Test func anUnmetCriterionRefusesTheAdmission() throws {
    let harness = F.harness(language: .en)
    let id = try F.oneUnmet(in: harness)
    let unmet = try #require(F.assessment(id, in: harness.state)?.unmet.first)
    F.select(id, in: harness)
    harness.press("positive.admit")
    let form = try #require(F.form(harness))
    #expect(form.form["criterion.\(unmet.rawValue)"]?.error != nil)
    #expect(form.generalProblem?.contains(unmet.title.en) == true)
    let before = harness.store.events.count
    harness.press("form.save")
    #expect(harness.store.events.count == before)
    #expect(F.form(harness)?.form.summary?.contains(unmet.title.en) == true)
    #expect(F.form(harness)?.form.summaryIsError == true)
  }

  @Test func unknownsNeedTheToggleAndTheConfirmationIsRecorded() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.withUnknowns(in: harness.state))
    F.select(id, in: harness)
    harness.press("positive.admit")
    let form = try #require(F.form(harness))
    #expect(form.form.focused?.id == "confirmUnknowns")
    #expect(form.generalProblem?.contains("explicit confirmation") == true)
    harness.press("form.save")
    #expect(harness.store.state.positiveList[id] == nil)
    #expect(F.form(harness) != nil)
    harness.type(" ")
    #expect(F.form(harness)?.isOn("confirmUnknowns") == true)
    #expect(F.form(harness)?.generalProblem == nil)
    harness.press("form.save")
    #expect(harness.state.overlay == nil)
    let entry = try #require(harness.store.state.positiveList[id])
    #expect(entry.lastAssessment?.unknownsConfirmed == true)
    #expect(entry.pendingAdmission?.assessment.unknownsConfirmed == true)
  }

  @Test func theProposerCannotApproveTheirOwnProposal() throws {
    let harness = F.harness(F.approver, language: .en)
    let member = try #require(harness.state.domain.staff[StaffID(F.approver)])
    try F.change(
      .staff(
        .editMember(StaffMemberDraft(id: member.id, name: member.name, roles: [.clerk, .approver]))),
      by: .system, in: harness)
    let id = try #require(F.allMet(in: harness.state))
    F.select(id, in: harness)
    harness.press("positive.admit")
    harness.press("form.save")
    #expect(harness.store.state.positiveList[id]?.status == .candidate)
    harness.press("positive.approve")
    let form = try #require(F.form(harness))
    #expect(form.generalProblem?.contains("separation of duties") == true)
    let before = harness.store.events.count
    harness.press("form.save")
    #expect(harness.store.events.count == before)
    #expect(harness.store.state.positiveList[id]?.status == .candidate)
  }

  @Test func aListedEnterpriseGetsNoFormAndTheDomainSaysWhy() throws {
    let harness = F.harness(language: .en)
    let listed = try #require(
      harness.state.domain.positiveList.values.filter { $0.status == .listed }.map(\.id).sorted()
        .first)
    F.select(listed, in: harness)
    harness.press("positive.admit")
    #expect(harness.state.overlay == nil)
    #expect(harness.state.message?.kind == .error)
    #expect(harness.state.message?.text.contains("already listed") == true)
  }

  @Test func approvingWithoutAProposalSaysWhy() throws {
    let harness = F.harness(F.approver, language: .en)
    let id = try #require(F.allMet(in: harness.state))
    F.select(id, in: harness)
    harness.press("positive.approve")
    #expect(harness.state.overlay == nil)
    #expect(harness.state.message?.text.isEmpty == false)
  }

  @Test func bulkAdmissionAdmitsTheAdmissibleAndReportsTheRefused() throws {
    let harness = F.harness(language: .en)
    let good = try #require(F.allMet(in: harness.state))
    let unmet = try F.oneUnmet(in: harness)
    let unknown = try #require(F.withUnknowns(in: harness.state))
    let listed = try #require(
      harness.state.domain.positiveList.values.filter { $0.status == .listed }.map(\.id).sorted()
        .first)
    F.mark([good, unmet, unknown, listed], in: harness)
    #expect(harness.state.positiveList.list.table.marked.count == 4)
    harness.press("positive.admit")
    let preview = try #require(F.bulk(harness))
    #expect(preview.phase == .preview)
    #expect(preview.admissible.map(\.enterprise) == [good])
    #expect(Set(preview.refused.map(\.enterprise)) == [unmet, unknown, listed])
    let unmetReason = preview.refused.first { $0.enterprise == unmet }?.refusal?.en ?? ""
    #expect(unmetReason.contains("automatic monitoring networked"))
    let listedReason = preview.refused.first { $0.enterprise == listed }?.refusal?.en ?? ""
    #expect(listedReason.contains("already listed"))
    let unknownReason = preview.refused.first { $0.enterprise == unknown }?.refusal?.en ?? ""
    #expect(unknownReason.contains("explicit confirmation"))
    harness.press("bulkAdmission.confirm")
    let summary = try #require(F.bulk(harness))
    #expect(summary.phase == .summary)
    #expect(harness.store.state.positiveList[good]?.status == .candidate)
    #expect(harness.store.state.positiveList[unmet]?.status == .removed)
    #expect(harness.store.state.positiveList[unknown] == nil)
    #expect(!harness.state.positiveList.list.table.marked.contains(good.raw))
    #expect(harness.state.positiveList.list.table.marked.contains(unmet.raw))
    #expect(harness.state.message?.text.contains("1 proposed for approval, 3 refused") == true)
    harness.press("bulkAdmission.close")
    #expect(harness.state.overlay == nil)
  }

  @Test func bulkAdmissionCanBeCancelledAndScrolled() throws {
    let harness = F.harness(size: Size(width: 40, height: 12))
    let good = try #require(F.allMet(in: harness.state))
    let unmet = try F.oneUnmet(in: harness)
    F.mark([good, unmet], in: harness)
    let before = harness.store.events.count
    harness.press("list.bulk")
    harness.type("admit")
    harness.press("picker.choose")
    #expect(F.bulk(harness)?.phase == .preview)
    harness.press("bulkAdmission.pageDown")
    #expect((F.bulk(harness)?.scrollOffset ?? 0) > 0)
    harness.press("bulkAdmission.close")
    #expect(harness.state.overlay == nil)
    #expect(harness.store.events.count == before)
    #expect(harness.state.positiveList.list.table.marked.count == 2)
  }

  @Test func aRefusedBulkSaveKeepsThePreviewWithTheStoresReason() throws {
    let harness = F.harness(language: .en)
    let good = try #require(F.allMet(in: harness.state))
    F.mark([good], in: harness)
    harness.press("positive.admit")
    #expect(F.bulk(harness)?.admissible.count == 1)
    // Another user proposes the same enterprise before Enter is pressed.
    _ = try harness.store.make(
      .positiveList(.admit(AdmissionRequest(enterprise: good, facts: .init()))),
      by: .staff(StaffID("clerk2")), at: harness.state.now)
    let before = harness.store.events.count
    harness.press("bulkAdmission.confirm")
    let bulk = try #require(F.bulk(harness))
    #expect(bulk.phase == .preview)
    #expect(bulk.problem?.contains("awaits approval") == true)
    #expect(harness.store.events.count == before)
    #expect(harness.state.positiveList.list.table.marked.contains(good.raw))
  }
}
