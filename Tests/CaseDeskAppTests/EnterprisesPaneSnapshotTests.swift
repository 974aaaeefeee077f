import CaseDeskApp
import CaseDeskTestSupport
import TerminalUI
import Testing

/// The enterprises pane's list states, at 80×24 and the narrow 40×12, in both languages.
@Suite struct EnterprisesPaneSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

  @Test(arguments: sizes, [Language.zh, .en])
  func filterActive(_ size: Size, _ language: Language) {
    let harness = AppHarness(size: size, language: language)
    harness.press("list.filter")
    harness.type("鞍山钢")
    Snapshot.assertMatches(harness.screen, named: "enterprises-filter-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func marksAreCounted(_ size: Size, _ language: Language) {
    let harness = AppHarness(size: size, language: language)
    harness.press(keys: "<Space> j j <Space> j <Space>")
    Snapshot.assertMatches(harness.screen, named: "enterprises-marks-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func quickLookup(_ size: Size, _ language: Language) {
    let harness = AppHarness(size: size, language: language)
    harness.press("app.find")
    harness.type("鞍山")
    Snapshot.assertMatches(harness.screen, named: "enterprises-lookup-\(size)-\(language)")
  }

  @Test(arguments: sizes, [Language.zh, .en])
  func columnChooser(_ size: Size, _ language: Language) {
    let harness = AppHarness(size: size, language: language)
    harness.press("list.columns")
    harness.press("columns.down")
    harness.press("columns.toggle")
    Snapshot.assertMatches(harness.screen, named: "enterprises-columns-\(size)-\(language)")
  }

  @Test(arguments: [Language.zh, .en])
  func noMatches(_ language: Language) {
    let harness = AppHarness(size: Size(width: 80, height: 24), language: language)
    harness.press("list.filter")
    harness.type("没有这样的企业")
    harness.press("filter.accept")
    Snapshot.assertMatches(harness.screen, named: "enterprises-nomatch-80x24-\(language)")
  }
}

/// The record detail on its own (`Enter`), at both sizes and in both languages.
@Suite struct EnterpriseDetailSnapshotTests {
  @Test(arguments: EnterprisesPaneSnapshotTests.sizes, [Language.zh, .en])
  func detail(_ size: Size, _ language: Language) {
    let harness = AppHarness(size: size, language: language)
    harness.press(keys: "j j")
    harness.press("list.open")
    Snapshot.assertMatches(harness.screen, named: "enterprises-detail-\(size)-\(language)")
  }
}
