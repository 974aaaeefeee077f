import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// Suspending, restoring, removing and reviewing a positive-list entry by key presses.
@Suite struct StandingFormTests {
  typealias F = PositiveListStandingFixture

  @Test func suspendWithAViolationNeedsTheCaseNumber() throws {
    let harness = F.harness()
    let id = try #require(F.quietListed(harness))
    F.select(id, in: harness)
    #expect(harness.state.positiveList.selected?.id == id)
    harness.press("positive.suspend")
    let opened = try #require(F.form(harness))
    #expect(opened.purpose == .suspend(id))
    #expect(opened.form.focused?.id == "reasonKind")
    harness.type("违法")
    harness.press(keys: "<Enter>")
    #expect(F.form(harness)?.value("reasonKind") == "环境违法行为")
    #expect(F.form(harness)?.form["caseNumber"]?.isRequired == true)
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    let refused = try #require(F.form(harness))
    #expect(refused.form["caseNumber"]?.error == "以违法行为为由须填写案件编号")
    #expect(refused.form.focused?.id == "caseNumber")
    harness.type("鞍环罚〔2025〕12号")
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let entry = try #require(harness.store.state.positiveList[id])
    #expect(entry.status == .suspended)
    #expect(entry.history.last?.reason?.kind == .violation)
    #expect(entry.history.last?.reason?.caseNumber == "鞍环罚〔2025〕12号")
    #expect(harness.state.message?.kind == .success)
    #expect(harness.state.positiveList.allRows.first { $0.id == id }?.status == .suspended)
  }

  @Test func aReasonMustBeChosen() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.quietListed(harness))
    F.select(id, in: harness)
    harness.press("positive.suspend")
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    #expect(F.form(harness)?.form["reasonKind"]?.error == "Choose a reason")
  }

  @Test func removeNeedsAStatedReason() throws {
    let harness = F.harness()
    let id = try #require(F.quietListed(harness))
    F.select(id, in: harness)
    harness.press("positive.remove")
    harness.type("申请")
    harness.press(keys: "<Enter>")
    #expect(F.form(harness)?.value("reasonKind") == "企业申请")
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    let refused = try #require(F.form(harness))
    #expect(refused.form["text"]?.error == "移出正面清单须写明理由")
    #expect(refused.form["caseNumber"]?.error == nil)
    #expect(refused.form.focused?.id == "text")
    harness.type("企业停产，申请退出")
    harness.press("form.save")
    let entry = try #require(harness.store.state.positiveList[id])
    #expect(entry.status == .removed)
    #expect(entry.history.last?.reason?.text == "企业停产，申请退出")
    #expect(entry.history.last?.reason?.kind == .request)
  }

  @Test func restoreNeedsAReasonAndTakesAReviewDate() throws {
    let harness = F.harness()
    let id = try #require(F.first(.suspended, in: harness))
    F.select(id, in: harness)
    #expect(harness.state.positiveList.selected?.id == id)
    harness.press("positive.restore")
    #expect(F.form(harness)?.form.focused?.id == "note")
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    #expect(F.form(harness)?.form["note"]?.error != nil)
    harness.type("整改到位，复查合格")
    harness.press(keys: "<Tab>")
    harness.type("2026-1-5")
    #expect(F.form(harness)?.form["nextReviewOn"]?.error?.contains("YYYY-MM-DD") == true)
    harness.press("form.save")
    #expect(harness.store.events.isEmpty)
    harness.press(keys: "<C-u>")
    harness.type("2026-01-05")
    #expect(F.form(harness)?.form["nextReviewOn"]?.error == nil)
    harness.press("form.save")
    let entry = try #require(harness.store.state.positiveList[id])
    #expect(entry.status == .listed)
    #expect(entry.nextReviewOn == Day("2026-01-05"))
    #expect(entry.history.last?.note == "整改到位，复查合格")
  }

  @Test func aReviewDateMustComeAfterToday() throws {
    let harness = F.harness(language: .en)
    let id = try #require(F.quietListed(harness))
    F.select(id, in: harness)
    harness.press("positive.review")
    #expect(F.form(harness)?.value("nextReviewOn") == "2026-06-30")
    harness.press(keys: "<C-u>")
    harness.type("2025-06-30")
    let form = try #require(F.form(harness))
    #expect(form.form["nextReviewOn"]?.error == "The next review must be after today (2025-06-30)")
    harness.press(keys: "<C-u>")
    harness.press("form.save")
    #expect(F.form(harness)?.form["nextReviewOn"]?.error == "Enter the next review date")
    harness.type("30/06/2026")
    #expect(F.form(harness)?.form["nextReviewOn"]?.error?.hasPrefix("Write the date") == true)
    #expect(harness.store.events.isEmpty)
  }

  @Test func aReviewMovesTheNextReviewAndClearsOverdue() throws {
    let harness = F.harness(today: "2025-12-20")
    let overdue = harness.state.positiveList.allRows.filter(\.isReviewOverdue)
    let row = try #require(overdue.first)
    F.select(row.id, in: harness)
    #expect(harness.state.positiveList.selected?.id == row.id)
    harness.press("positive.review")
    let opened = try #require(F.form(harness))
    #expect(opened.form["enterprise"]?.error?.contains("已逾期") == true)
    #expect(opened.value("nextReviewOn") == "2026-12-20")
    harness.press(keys: "<Tab>")
    harness.type("设施运行正常，继续保留")
    harness.press("form.save")
    #expect(F.form(harness) == nil)
    let entry = try #require(harness.store.state.positiveList[row.id])
    #expect(entry.nextReviewOn == Day("2026-12-20"))
    #expect(entry.history.last?.kind == .reviewed)
    let after = try #require(harness.state.positiveList.allRows.first { $0.id == row.id })
    #expect(!after.isReviewOverdue)
    #expect(harness.state.positiveList.allRows.filter(\.isReviewOverdue).count == overdue.count - 1)
    #expect(harness.state.message?.text.contains("2026-12-20") == true)
  }

  @Test func overdueReviewsAreHighlighted() throws {
    let harness = F.harness(today: "2025-12-20")
    let overdue = harness.state.positiveList.allRows.filter(\.isReviewOverdue)
    #expect(overdue.count == 3)
    // Sorted by the next review, the overdue rows come first; the last of them is not
    // selected, so its cells keep their own roles.
    for _ in 0..<10 where harness.state.positiveList.list.sort?.columnID != "nextReview" {
      harness.press("list.sort")
    }
    #expect(harness.state.positiveList.list.sort == TableSort(columnID: "nextReview"))
    harness.press("list.first")
    let last = try #require(overdue.map(\.nextReview).compactMap { $0 }.max())
    let roles = cellRoles(of: last.description, in: harness.screen)
    #expect(!roles.isEmpty)
    #expect(roles.allSatisfy { $0 == .clockOverdue })
    // The selected (first) overdue entry's detail says so in the alarm role.
    let note = Strings(.zh)[.positiveReviewOverdue]
    let line = try #require(
      (0..<harness.screen.size.height).first { harness.screen.rowText($0).contains(note) })
    let lineRoles = (0..<harness.screen.size.width).map { harness.screen[$0, line].role }
    #expect(lineRoles.contains(.clockOverdue))
  }

  @Test func aStepTheStandingDoesNotAllowDoesNotOpen() throws {
    let harness = F.harness(language: .en)
    let suspended = try #require(F.first(.suspended, in: harness))
    F.select(suspended, in: harness)
    harness.press("positive.suspend")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.kind == .error)
    #expect(harness.state.message?.text == "Only a listed entry can be suspended (it is suspended)")
    let listed = try #require(F.quietListed(harness))
    F.select(listed, in: harness)
    harness.press("positive.restore")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.text == "Only a suspended entry can be restored")
  }

  @Test func anOfficerCannotSuspend() throws {
    let harness = F.harness(operator: F.staff(.officer))
    let id = try #require(F.quietListed(harness))
    F.select(id, in: harness)
    harness.press("positive.suspend")
    #expect(F.form(harness) == nil)
    #expect(harness.state.message?.kind == .error)
    #expect(harness.state.message?.text.contains("暂停正面清单资格") == true)
  }

  /// The roles of every cell of each place a text shows on screen (ASCII text only).
  func cellRoles(of text: String, in screen: Buffer) -> [StyleRole] {
    let characters = Array(text)
    var roles: [StyleRole] = []
    for y in 0..<screen.size.height {
      for x in 0...(max(0, screen.size.width - characters.count)) {
        let found = characters.indices.allSatisfy { screen[x + $0, y].character == characters[$0] }
        if found { roles += characters.indices.map { screen[x + $0, y].role } }
      }
    }
    return roles
  }
}
