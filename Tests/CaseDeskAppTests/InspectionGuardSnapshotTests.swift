import CaseDeskApp
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The inspection guard as the screen shows it: the plan form warning about a routine on-site
/// inspection of a listed enterprise with its reason missing, and the positive list detail
/// listing the year's on-site inspections, at 80×24 and 40×12 in both languages.
@Suite struct InspectionGuardSnapshotTests {
  typealias F = InspectionGuardFixture
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
  static let cases = sizes.flatMap { size in [Language.zh, .en].map { (size, $0) } }

  @Test(arguments: cases)
  func planFormWarnsAndAsksForTheReason(size: Size, language: Language) {
    let harness = F.listedHarness(size: size, language: language)
    F.openOnSitePlan(harness)
    harness.press("form.save")
    Snapshot.assertMatches(harness.screen, named: "guard-plan-missing-reason-\(size)-\(language)")
  }

  @Test(arguments: cases)
  func detailListsTheOnSiteInspections(size: Size, language: Language) {
    let harness = F.listedHarness(size: size, language: language)
    F.openOnSitePlan(harness)
    F.giveComplaint("TS-2025-088", harness)
    harness.press("form.save")
    harness.press("list.open")
    Snapshot.assertMatches(harness.screen, named: "guard-detail-on-site-\(size)-\(language)")
  }
}
