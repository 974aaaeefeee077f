import CaseDeskApp
import CaseDeskDomain
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The referrals pane at 80×24, 40×12 and 140×32 in both languages, and the detail timeline of
/// a crime referral the police filed (after more material) and of a detention referral the
/// police refused and reconsidered.
@Suite struct ReferralsSnapshotTests {
  typealias F = ReferralsFixture
  static let sizes = [
    Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 140, height: 32),
  ]
  static let detailSizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  @Test(arguments: sizes, [Language.zh, .en])
  func list(_ size: Size, _ language: Language) {
    let harness = F.harness(size: size, language: language)
    #expect(harness.state.referrals.records.count == F.demo.referrals.count)
    Snapshot.assertMatches(harness.screen, named: "referrals-list-\(size)-\(language)")
  }

  @Test(arguments: detailSizes, [Language.zh, .en])
  func crimeReferralFiledByThePolice(_ size: Size, _ language: Language) throws {
    let referral = try #require(F.filedAfterMaterial)
    let harness = F.harness(size: size, language: language)
    #expect(F.select(referral.id, in: harness))
    harness.press("list.open")
    #expect(harness.state.referrals.isDetailOpen)
    let strings = Strings(language)
    #expect(harness.screen.text.contains(strings.localized(referral.stage.title)))
    Snapshot.assertMatches(harness.screen, named: "referrals-detail-filed-\(size)-\(language)")
  }

  @Test(arguments: detailSizes, [Language.zh, .en])
  func detentionRefusedAndReconsidered(_ size: Size, _ language: Language) throws {
    let referral = try #require(F.refusedAndReconsidered)
    let harness = F.harness(size: size, language: language)
    #expect(F.select(referral.id, in: harness))
    harness.press("list.open")
    #expect(harness.state.referrals.isDetailOpen)
    Snapshot.assertMatches(
      harness.screen, named: "referrals-detail-reconsidered-\(size)-\(language)")
  }
}
