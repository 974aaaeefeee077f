import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The admission form (all met, one unmet, unknowns), the approval form, and the bulk
/// admission's preview and summary as the screen shows them, at 80×24 and 40×12 in both
/// languages.
@Suite struct AdmissionSnapshotTests {
  typealias F = AdmissionFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
  static let cases = sizes.flatMap { size in [Language.zh, .en].map { (size, $0) } }

  @Test(arguments: cases)
  func admissionFormAllMet(size: Size, language: Language) throws {
    let harness = F.harness(size: size, language: language)
    F.select(try #require(F.allMet(in: harness.state)), in: harness)
    harness.press("positive.admit")
    #expect(F.form(harness) != nil)
    Snapshot.assertMatches(harness.screen, named: "admission-allmet-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func admissionFormOneUnmet(size: Size, language: Language) throws {
    let harness = F.harness(size: size, language: language)
    F.select(try F.oneUnmet(in: harness), in: harness)
    harness.press("positive.admit")
    harness.press("form.save")
    #expect(F.form(harness)?.form.summaryIsError == true)
    Snapshot.assertMatches(harness.screen, named: "admission-unmet-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func admissionFormWithUnknowns(size: Size, language: Language) throws {
    let harness = F.harness(size: size, language: language)
    F.select(try #require(F.withUnknowns(in: harness.state)), in: harness)
    harness.press("positive.admit")
    #expect(F.form(harness)?.form["confirmUnknowns"] != nil)
    Snapshot.assertMatches(harness.screen, named: "admission-unknowns-\(size)-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func approvalForm(language: Language) throws {
    let harness = F.harness(F.approver, language: language)
    let id = try #require(F.allMet(in: harness.state))
    try F.change(
      .positiveList(.admit(AdmissionRequest(enterprise: id, facts: .init()))),
      by: .staff(StaffID(F.clerk)), in: harness)
    F.select(id, in: harness)
    harness.press("positive.approve")
    #expect(F.form(harness) != nil)
    Snapshot.assertMatches(harness.screen, named: "admission-approve-80x24-\(language)")
  }

  /// A clerk's harness with four marked: one admissible, one unmet, one with unknowns, one
  /// already listed.
  func markedHarness(size: Size, language: Language) throws -> AppHarness {
    let harness = F.harness(size: size, language: language)
    let good = try #require(F.allMet(in: harness.state))
    let unmet = try F.oneUnmet(in: harness)
    let unknown = try #require(F.withUnknowns(in: harness.state))
    let listed = try #require(
      harness.state.domain.positiveList.values.filter { $0.status == .listed }.map(\.id).sorted()
        .first)
    F.mark([good, unmet, unknown, listed], in: harness)
    return harness
  }

  @Test(arguments: cases)
  func bulkPreview(size: Size, language: Language) throws {
    let harness = try markedHarness(size: size, language: language)
    harness.press("positive.admit")
    #expect(F.bulk(harness)?.phase == .preview)
    Snapshot.assertMatches(harness.screen, named: "admission-bulk-preview-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func bulkSummary(size: Size, language: Language) throws {
    let harness = try markedHarness(size: size, language: language)
    harness.press("positive.admit")
    harness.press("bulkAdmission.confirm")
    #expect(F.bulk(harness)?.phase == .summary)
    Snapshot.assertMatches(harness.screen, named: "admission-bulk-summary-\(size)-\(language)")
  }
}
