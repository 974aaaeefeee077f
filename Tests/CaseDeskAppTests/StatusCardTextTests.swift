import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import Foundation
import TerminalUI
import Testing

/// Two demo enterprises the card tests look at, picked by what their cards hold.
enum StatusCardSamples {
  static let state = AppHarness(language: .zh).state

  /// The first enterprise with an open case whose deadline has passed.
  static let overdue: EnterpriseID? = state.domain.enterprises.keys.sorted().first { id in
    state.domain.statusCard(of: id, at: state.now)?.openCases.contains {
      $0.deadline?.status.isOverdue == true
    } == true
  }

  /// The first enterprise on the positive list with nothing open.
  static let quiet: EnterpriseID? = state.domain.enterprises.keys.sorted().first { id in
    guard let card = state.domain.statusCard(of: id, at: state.now) else { return false }
    return card.positiveList == .listed && card.openCases.isEmpty && card.referrals.isEmpty
      && card.openClues.isEmpty && card.openRequests.isEmpty
  }
}

@Suite struct StatusCardTextTests {
  /// Compares text with the golden file `name` in `__Snapshots__/` (SNAPSHOT_RECORD=1 writes).
  func assertGolden(_ text: String, named name: String, filePath: String = #filePath) {
    let file = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("__Snapshots__").appendingPathComponent(name + ".txt")
    let stored = try? String(contentsOf: file, encoding: .utf8)
    if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" || stored == nil {
      try? text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record("Recorded golden \(name); run again without SNAPSHOT_RECORD to compare.")
      return
    }
    #expect(stored == text, "golden \(name) differs:\n\(text)")
  }

  func card(_ id: EnterpriseID?) throws -> EnterpriseStatusCard {
    let id = try #require(id)
    return try #require(
      StatusCardSamples.state.domain.statusCard(of: id, at: StatusCardSamples.state.now))
  }

  @Test(arguments: [Language.zh, .en])
  func enterpriseWithAnOverdueCase(_ language: Language) throws {
    let card = try card(StatusCardSamples.overdue)
    let text = StatusCardText.render(
      card, in: StatusCardSamples.state.domain, strings: Strings(language))
    assertGolden(text, named: "status-card-text-overdue-\(language)")
    let lines = StatusCardContent.lines(
      of: card, in: StatusCardSamples.state.domain, strings: Strings(language))
    #expect(lines.contains { $0.tone == .alarm && $0.target.map { $0.pane == .cases } == true })
  }

  @Test(arguments: [Language.zh, .en])
  func listedEnterpriseWithNothingOpen(_ language: Language) throws {
    let card = try card(StatusCardSamples.quiet)
    let strings = Strings(language)
    let text = StatusCardText.render(card, in: StatusCardSamples.state.domain, strings: strings)
    assertGolden(text, named: "status-card-text-quiet-\(language)")
    #expect(text.contains(strings[.cardOpenCases]))
    #expect(text.contains(strings[.cardNone]))
  }

  @Test func labelsAreAlignedByDisplayWidth() throws {
    let card = try card(StatusCardSamples.overdue)
    let strings = Strings(.zh)
    let domain = StatusCardSamples.state.domain
    let text = StatusCardText.render(card, in: domain, strings: strings)
    let rendered = text.split(separator: "\n").map(String.init)
    let fields = StatusCardContent.lines(of: card, in: domain, strings: strings)
      .filter { $0.kind == .field }
    let valueColumns = fields.map { field -> Int? in
      guard
        let line = rendered.first(where: { $0.hasPrefix(field.label) && $0.hasSuffix(field.text) })
      else { return nil }
      return DisplayWidth.columns(line) - DisplayWidth.columns(field.text)
    }
    #expect(!valueColumns.contains(nil))
    #expect(Set(valueColumns).count == 1)
  }

  @Test func jsonHasStableKeysAndISODates() throws {
    let card = try card(StatusCardSamples.overdue)
    let text = StatusCardJSON.encode(card, in: StatusCardSamples.state.domain)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    for key in [
      "uscc", "name", "district", "tier", "keyDischargeUnit", "positiveList", "openCases",
      "referrals", "openClues", "openRequests", "visits", "pendingHealthCheckForms",
      "rectificationTasks",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    #expect(object["uscc"] as? String == card.enterprise.uscc)
    let cases = try #require(object["openCases"] as? [[String: Any]])
    #expect(cases.count == card.openCases.count)
    let deadlines = cases.compactMap { $0["deadline"] as? [String: Any] }
    #expect(deadlines.contains { $0["overdue"] as? Bool == true })
    let due = try #require(deadlines.first?["due"] as? String)
    #expect(due.count >= 10 && due.dropFirst(4).first == "-")
    #expect(
      Set(deadlines.compactMap { $0["unit"] as? String }).isSubset(of: [
        "calendarDays", "workingDays", "hours",
      ]))
  }
}
