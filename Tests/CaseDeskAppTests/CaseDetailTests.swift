import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

@testable import CaseDeskApp

/// The case detail: the timeline's steps, order and texts, the documents, the clocks' history,
/// the read-only archived case, and fitting the detail into a short box.
@Suite struct CaseDetailTests {
  typealias F = CasesFixture

  static func row(_ id: CaseID, in harness: AppHarness) -> CaseRow? {
    harness.state.cases.allRows.first { $0.id == id }
  }

  @Test func theTimelineIsOldestFirstAndStartsWithTheOpening() throws {
    let harness = F.harness()
    let strings = harness.state.strings
    for record in F.demo.cases.values {
      let entries = CaseTimeline.entries(of: record, in: harness.state.domain, strings: strings)
      #expect(entries.first?.actor == record.opened.actor)
      #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.day <= $1.day })
      let offset = harness.state.domain.settings.utcOffset
      #expect(entries.first?.day == record.opened.time.day(utcOffset: offset))
    }
  }

  @Test func aDecidedCaseShowsEveryStepWithWhoAndWhat() throws {
    let record = try #require(
      F.cases(at: .decided).first { $0.decision?.decision.fineFen ?? 0 > 0 && !$0.evidence.isEmpty }
    )
    let harness = F.harness()
    let state = harness.state
    let strings = state.strings
    let texts = CaseTimeline.entries(of: record, in: state.domain, strings: strings).map {
      CaseTimeline.text(of: $0, in: state.domain, strings: strings)
    }
    let joined = texts.joined(separator: "\n")
    let number = try #require(record.number?.description)
    #expect(joined.contains(strings[.caseDetailConditionJurisdiction] + "：是"))
    #expect(joined.contains("立案 " + number))
    for evidence in record.evidence { #expect(joined.contains(evidence.documentNumber)) }
    let decision = try #require(record.decision)
    #expect(joined.contains(decision.documentNumber))
    #expect(joined.contains(CaseTimeline.yuan(decision.decision.fineFen, strings: strings)))
    for review in record.legalReviews {
      #expect(joined.contains(review.outcome.text))
      #expect(joined.contains(strings[.caseDetailCheckCrime]))
    }
    if case .staff(let approver) = try #require(record.filed).actor {
      let name = try #require(state.domain.staff[approver]?.name)
      #expect(texts.contains { $0.contains(name) && $0.contains(number) })
    }
    let officers = record.officers.compactMap { state.domain.staff[$0]?.name }
    #expect(texts.contains { line in officers.allSatisfy { line.contains($0) } })
  }

  @Test func theDocumentsListEveryRecordedNumberOnce() throws {
    let record = try #require(F.cases(at: .decided).first { !$0.evidence.isEmpty })
    let documents = CaseTimeline.documents(of: record)
    #expect(documents.first == record.number?.description)
    #expect(Set(documents).count == documents.count)
    for evidence in record.evidence { #expect(documents.contains(evidence.documentNumber)) }
    if let notice = record.priorNotice { #expect(documents.contains(notice.notice.documentNumber)) }
    #expect(documents.last == record.decision?.documentNumber)
  }

  @Test func anArchivedCaseSaysItIsReadOnlyAndHasNoNextStep() throws {
    let record = try #require(F.cases(at: .archived).first)
    let harness = F.harness(language: .en)
    let row = try #require(Self.row(record.id, in: harness))
    let lines = CaseDetailView.lines(row, state: harness.state)
    #expect(lines[0].text.contains("read-only"))
    #expect(!lines.contains { $0.text.contains("next:") })
    #expect(lines.contains { $0.text.contains("Archived") && $0.section == .timeline })
  }

  @Test func theDetailFitsAShortBoxWithTheMostRecentSteps() throws {
    let record = try #require(F.cases(at: .archived).first)
    let harness = F.harness()
    let row = try #require(Self.row(record.id, in: harness))
    let strings = harness.state.strings
    let lines = CaseDetailView.lines(row, state: harness.state)
    let timeline = lines.filter { $0.section == .timeline }
    #expect(timeline.count > 5)
    let fitted = CaseDetailView.fitted(lines, width: 36, height: 9, strings: strings)
    let head = lines.filter { $0.section == .head || $0.section == .context }
    #expect(Array(fitted.prefix(head.count)) == head)
    let shown = fitted.filter { $0.section == .timeline }
    #expect(
      shown.first?.text == strings.format(.caseDetailEarlier, "\(timeline.count - shown.count + 1)")
    )
    #expect(shown.last == timeline.last)
    let all = CaseDetailView.fitted(lines, width: 200, height: 500, strings: strings)
    #expect(all == lines)
  }

  @Test func supervisorsAndTheirOpinionsShow() throws {
    let record = try #require(
      F.demo.cases.values.sorted { $0.id < $1.id }.first {
        $0.supervisors.contains { $0.opinion != nil }
      })
    let harness = F.harness()
    let row = try #require(Self.row(record.id, in: harness))
    let text = CaseDetailView.lines(row, state: harness.state).map(\.text).joined(separator: "\n")
    for participation in record.supervisors {
      let name = try #require(F.demo.supervisors[participation.supervisor]?.name)
      #expect(text.contains(name))
      if let opinion = participation.opinion { #expect(text.contains(opinion)) }
    }
  }

  @Test func yuanKeepsFen() {
    let strings = Strings(.zh)
    #expect(CaseTimeline.yuan(1_000_000, strings: strings) == "10000元")
    #expect(CaseTimeline.yuan(12_345, strings: strings) == "123.45元")
    #expect(CaseTimeline.yuan(1_205, strings: strings) == "12.05元")
    #expect(CaseTimeline.yuan(1_205, strings: Strings(.en)) == "¥12.05")
  }
}
