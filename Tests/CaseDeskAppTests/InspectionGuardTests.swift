import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// Shared steps of the inspection guard tests: the demo's officers, and the plan form driven
/// by key presses.
enum InspectionGuardFixture {
  typealias Field = InspectionPlanForm.Field

  /// The open pane form, or nil.
  static func form(_ harness: AppHarness) -> PaneForm? {
    if case .paneForm(let form)? = harness.state.overlay { return form }
    return nil
  }

  /// A field of the open form.
  static func field(_ id: Field, _ harness: AppHarness) -> FormField? {
    form(harness)?.form[id.rawValue]
  }

  /// An active, certified officer other than the operator.
  static func otherOfficer(_ harness: AppHarness) -> String {
    harness.state.domain.staff.values
      .filter {
        $0.isActive && $0.roles.contains(.officer) && $0.certificateNumber != nil
          && $0.id.raw != harness.state.operatorInfo.id
      }
      .map(\.id.raw).sorted().first ?? "officer"
  }

  /// The positive list pane with its first listed enterprise selected.
  static func listedHarness(
    size: Size = Size(width: 80, height: 24), language: Language = .zh
  ) -> AppHarness {
    let harness = AppHarness(size: size, language: language)
    harness.press("pane.positive")
    return harness
  }

  /// Moves the focus to a field by Tab presses (the fields' order is fixed).
  static func focus(_ id: Field, _ harness: AppHarness) {
    for _ in 0..<Field.allCases.count {
      if form(harness)?.form.focused?.id == id.rawValue { return }
      harness.press("form.next")
    }
  }

  /// Opens the plan form, switches it to on site, and names the second officer.
  static func openOnSitePlan(_ harness: AppHarness) {
    harness.press("record.planInspection")
    focus(.mode, harness)
    harness.press(keys: "<Right>")
    focus(.officer2, harness)
    harness.type(otherOfficer(harness))
    harness.press(keys: "<Enter>")
  }

  /// Chooses a complaint as the reason, with its reference.
  static func giveComplaint(_ reference: String, _ harness: AppHarness) {
    focus(.reason, harness)
    harness.press(keys: "<Right> <Right>")
    focus(.reference, harness)
    harness.type(reference)
  }

  /// The inspections of an enterprise in the store.
  static func inspections(of id: EnterpriseID, _ harness: AppHarness) -> [Inspection] {
    harness.store.state.inspections.values.filter { $0.enterprise == id }
  }
}

@Suite struct InspectionGuardTests {
  typealias F = InspectionGuardFixture

  @Test func theOperatorPlansAsAnOfficer() {
    let harness = F.listedHarness()
    let me = harness.state.domain.staff[StaffID(harness.state.operatorInfo.id)]
    #expect(me?.roles.contains(.officer) == true)
  }

  @Test func aListedEnterpriseIsCheckedOffSiteByDefaultWithoutWarning() {
    let harness = F.listedHarness()
    guard let row = harness.state.positiveList.selected else {
      Issue.record("no listed enterprise in the demo")
      return
    }
    #expect(row.status == .listed)
    harness.press("record.planInspection")
    #expect(F.form(harness)?.purpose == .planInspection(row.id))
    #expect(F.field(.mode, harness)?.value == "非现场检查")
    #expect(F.field(.enterprise, harness)?.error == nil)
    #expect(F.field(.enterprise, harness)?.hint == "正面清单企业：默认非现场检查")
    #expect(F.field(.officer1, harness)?.value.hasPrefix(harness.state.operatorInfo.id) == true)
  }

  @Test func aRoutineOnSitePlanWithoutReasonIsRefusedWithTheGuardsMessage() {
    let harness = F.listedHarness()
    guard let row = harness.state.positiveList.selected else {
      Issue.record("no listed enterprise in the demo")
      return
    }
    let before = F.inspections(of: row.id, harness).count
    F.openOnSitePlan(harness)
    // The whole sentence is wider than the form's box: the short form shows, in full.
    let warning = "正面清单企业，无事不扰：例行现场检查须说明理由（线索、投诉或抽查）"
    #expect(F.field(.enterprise, harness)?.error == warning)
    #expect(F.field(.reason, harness)?.isRequired == true)
    #expect(harness.screen.text.contains(warning))
    harness.press("form.save")
    #expect(F.form(harness) != nil)
    #expect(F.form(harness)?.form.focused?.id == "reason")
    let error = F.field(.reason, harness)?.error ?? ""
    #expect(error.hasPrefix("无事不扰：该企业在监督执法正面清单上"))
    #expect(F.form(harness)?.problemFields == ["reason"])
    #expect(F.inspections(of: row.id, harness).count == before)
  }

  @Test func withAReasonItIsSavedAsAnExceptionAndThePaneShowsIt() {
    let harness = F.listedHarness()
    guard let row = harness.state.positiveList.selected else {
      Issue.record("no listed enterprise in the demo")
      return
    }
    let before = Set(F.inspections(of: row.id, harness).map(\.id))
    #expect(row.onSiteCount == 0)
    F.openOnSitePlan(harness)
    F.giveComplaint("TS-2025-088", harness)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let added = F.inspections(of: row.id, harness).filter { !before.contains($0.id) }
    #expect(added.count == 1)
    guard let inspection = added.first else { return }
    #expect(inspection.mode == .onSite)
    #expect(inspection.kind == .routine)
    #expect(inspection.isPositiveListException)
    #expect(inspection.reason == .complaint("TS-2025-088"))
    #expect(inspection.officers.count == 2)
    #expect(harness.state.message?.kind == .success)
    #expect(
      harness.state.message?.text
        == "已制定检查计划 \(inspection.id.raw)（日常检查，现场检查），记为正面清单例外，理由：投诉 TS-2025-088")
    // The pane: the column counts it, the detail lists it with its reason.
    guard let updated = harness.state.positiveList.selected, updated.id == row.id else {
      Issue.record("the selection did not stay on the enterprise")
      return
    }
    #expect(updated.onSiteInspections.map(\.id) == [inspection.id])
    let strings = harness.state.strings
    #expect(
      PositiveListColumn.text(updated, column: PositiveListColumn.onSite, strings: strings) == "1")
    let lines = PositiveListDetailView.lines(updated, state: harness.state).map(\.text)
    #expect(lines.contains("\(harness.state.today.prefix(4)) 年现场检查 1 次（无事不扰）"))
    #expect(
      lines.contains {
        $0.contains(inspection.id.raw) && $0.contains("投诉 TS-2025-088")
          && $0.contains("正面清单例外") && $0.contains("待审批")
      })
    harness.press("list.open")
    #expect(harness.screen.text.contains("投诉 TS-2025-088"))
  }

  @Test func aClueOfTheEnterpriseIsPickedAsTheReason() {
    let demo = AppHarness.demoWorkspace.state
    let clues = demo.clues.values
      .filter {
        $0.isOpen && $0.enterprise.map { demo.positiveList[$0]?.status == .listed } == true
      }
      .sorted { $0.id < $1.id }
    guard let clue = clues.first, let id = clue.enterprise else {
      Issue.record("no open clue about a listed enterprise in the demo")
      return
    }
    let harness = AppHarness { state in
      state.activePane = .positiveList
      PositiveListPane.focus(id, in: &state)
    }
    #expect(harness.state.positiveList.selected?.id == id)
    F.openOnSitePlan(harness)
    F.focus(.reason, harness)
    harness.press(keys: "<Right>")  // a clue
    F.focus(.reference, harness)
    harness.type(clue.id.raw)
    harness.press(keys: "<Enter>")
    #expect(F.field(.reference, harness)?.value.hasPrefix(clue.id.raw) == true)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let planned = F.inspections(of: id, harness).filter { $0.reason == .clue(clue.id) }
    #expect(planned.count == 1)
    #expect(planned.first?.isPositiveListException == true)
    #expect(harness.state.message?.text.contains("线索 \(clue.id.raw)") == true)
  }

  @Test func anOffSitePlanOfAListedEnterpriseNeedsNoReason() {
    let harness = F.listedHarness(language: .en)
    guard let row = harness.state.positiveList.selected else {
      Issue.record("no listed enterprise in the demo")
      return
    }
    let before = Set(F.inspections(of: row.id, harness).map(\.id))
    harness.press("record.planInspection")
    F.focus(.officer2, harness)
    harness.type(F.otherOfficer(harness))
    harness.press(keys: "<Enter>")
    #expect(F.field(.enterprise, harness)?.error == nil)
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let added = F.inspections(of: row.id, harness).filter { !before.contains($0.id) }
    #expect(added.count == 1)
    #expect(added.first?.mode == .offSite)
    #expect(added.first?.reason == nil)
    #expect(added.first?.isPositiveListException == false)
    let id = added.first?.id.raw ?? "?"
    #expect(
      harness.state.message?.text
        == "Inspection \(id) planned (routine, off-site); it awaits approval")
    #expect(harness.state.positiveList.selected?.onSiteCount == 0)
  }

  @Test func aNonListedEnterpriseGetsNoWarning() {
    let harness = AppHarness()
    for _ in 0..<60 {
      guard let id = harness.state.enterprises.selected?.id else { break }
      if harness.state.domain.positiveList[id]?.status != .listed { break }
      harness.press("list.down")
    }
    guard let id = harness.state.enterprises.selected?.id,
      harness.state.domain.positiveList[id]?.status != .listed
    else {
      Issue.record("no enterprise off the positive list near the top of the register")
      return
    }
    let before = Set(F.inspections(of: id, harness).map(\.id))
    harness.press("record.planInspection")
    #expect(F.form(harness)?.purpose == .planInspection(id))
    #expect(F.field(.mode, harness)?.value == "现场检查")
    #expect(F.field(.enterprise, harness)?.error == nil)
    #expect(F.field(.enterprise, harness)?.hint == nil)
    #expect(F.field(.reason, harness)?.isRequired == false)
    #expect(!harness.screen.text.contains("无事不扰"))
    F.focus(.officer2, harness)
    harness.type(F.otherOfficer(harness))
    harness.press(keys: "<Enter>")
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let added = F.inspections(of: id, harness).filter { !before.contains($0.id) }
    #expect(added.map(\.mode) == [.onSite])
    #expect(added.first?.isPositiveListException == false)
  }

  @Test func onlyAnOfficerPlansAndTheRefusalIsNotTheGuards() {
    let harness = AppHarness(
      options: LaunchOptions(operatorID: EnterpriseFormFixture.clerkID, demo: true))
    harness.press("pane.positive")
    guard let row = harness.state.positiveList.selected else {
      Issue.record("no listed enterprise in the demo")
      return
    }
    let before = F.inspections(of: row.id, harness).count
    harness.press("record.planInspection")
    #expect(F.field(.officer1, harness)?.value == "")
    let officers = harness.state.domain.staff.values
      .filter { $0.isActive && $0.roles.contains(.officer) && $0.certificateNumber != nil }
      .map(\.id.raw).sorted()
    F.focus(.officer1, harness)
    harness.type(officers.first ?? "")
    harness.press(keys: "<Enter>")
    F.focus(.moreOfficers, harness)
    harness.type(officers.dropFirst().first ?? "")
    F.focus(.mode, harness)
    harness.press(keys: "<Right>")  // on site: the guard applies, but the role comes first
    harness.press("form.save")
    #expect(F.form(harness)?.generalProblem != nil)
    #expect(F.form(harness)?.problems["reason"] == nil)
    #expect(F.form(harness)?.form.summaryIsError == true)
    #expect(F.inspections(of: row.id, harness).count == before)
  }

  @Test func theDomainsProblemsGoToTheirFields() {
    let harness = F.listedHarness()
    harness.press("record.planInspection")
    F.focus(.plannedOn, harness)
    harness.press(keys: "<BS> <BS>")
    harness.type("99")
    #expect(F.field(.plannedOn, harness)?.error == "日期格式为 YYYY-MM-DD")
    harness.press(keys: "<BS> <BS>")
    harness.type("01")
    // 2025-06-01 is before today.
    #expect(F.field(.plannedOn, harness)?.error?.hasPrefix("计划检查日期不能早于今天") == true)
    harness.press("form.save")
    #expect(F.field(.officer2, harness)?.error == "至少需要两名不同的执法人员")
    F.focus(.moreOfficers, harness)
    harness.type("nobody")
    #expect(F.field(.moreOfficers, harness)?.error == "员工名单中没有 nobody")
  }

  @Test func theKindNamesItsReasonAndAClueComesFromTheOpenClues() {
    let harness = F.listedHarness()
    harness.press("record.planInspection")
    harness.press(keys: "<Right>")  // routine → on a clue
    #expect(F.field(.kind, harness)?.value == "线索核查")
    #expect(F.field(.reason, harness)?.value == "线索")
    #expect(F.field(.reason, harness)?.isRequired == true)
    guard case .choice(let list)? = F.field(.reference, harness)?.kind else {
      Issue.record("the reference is not a list of clues")
      return
    }
    let id = F.form(harness)?.purpose.enterprise
    let open = harness.state.domain.clues.values.filter { $0.isOpen && $0.enterprise == id }
    #expect(list.options.count == open.count)
    #expect(F.field(.enterprise, harness)?.error == nil)
  }

  @Test func theOnSiteColumnSortsAsANumber() {
    let strings = Strings(.zh)
    let demo = AppHarness.demoWorkspace.state
    let rows = PositiveListRow.rows(
      of: demo, on: Day(year: 2025, month: 12, day: 31) ?? Day(ordinal: 0), reviewQueue: [])
    guard var few = rows.first, var many = rows.dropFirst().first else {
      Issue.record("the demo has too few rows")
      return
    }
    let sample = demo.inspections.values.filter { $0.mode == .onSite }.sorted { $0.id < $1.id }
    few.onSiteInspections = Array(sample.prefix(2))
    many.onSiteInspections = Array(sample.prefix(10))
    #expect(sample.count >= 10)
    let key = { (row: PositiveListRow) in
      PositiveListColumn.sortKey(row, column: PositiveListColumn.onSite, strings: strings)
    }
    #expect(key(few) < key(many))
    #expect(
      PositiveListColumn.text(many, column: PositiveListColumn.onSite, strings: strings) == "10")
  }

  @Test func theRowsCountTheYearsOnSiteInspectionsOnly() {
    let demo = AppHarness.demoWorkspace.state
    let day = Day(year: 2025, month: 12, day: 31) ?? Day(ordinal: 0)
    let rows = PositiveListRow.rows(of: demo, on: day, reviewQueue: [])
    for row in rows {
      #expect(row.onSiteInspections == demo.onSiteInspections(of: row.id, inYear: 2025))
    }
    let listed = rows.filter { $0.status == .listed }
    #expect(!listed.isEmpty)
    // The demo keeps its promise: listed enterprises are checked off site only.
    #expect(listed.allSatisfy { $0.onSiteCount == 0 })
  }

  @Test func theDefaultColumnsIncludeTheOnSiteCountWhereItFits() {
    typealias C = PositiveListColumn
    #expect(C.defaultIDs(forListWidth: 120).contains(C.onSite))
    #expect(C.defaultIDs(forListWidth: 80).contains(C.onSite))
    #expect(!C.defaultIDs(forListWidth: 40).contains(C.onSite))
    #expect(C.all.contains(C.onSite))
  }
}
