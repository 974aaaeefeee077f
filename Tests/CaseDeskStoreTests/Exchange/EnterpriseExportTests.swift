import CaseDeskDomain
import Testing

@testable import CaseDeskStore

@Suite struct EnterpriseExportTests {
  /// A state with three enterprises whose text needs quoting.
  func registered() throws -> DomainState {
    var state = try ExchangeFixture.state()
    let drafts = [
      EnterpriseDraft(
        uscc: ExchangeFixture.uscc(1), name: "鞍山钢铁, 集团", shortName: "鞍钢", district: "铁西区",
        industry: "钢铁", ownership: "国有", tier: .key, isKeyDischargeUnit: true,
        address: "鞍山市\"铁西\"区", legalRepresentative: "张三", contactPerson: "李四",
        contactPhone: "0412-1234567", tags: ["涉气", "夜查"], notes: "第一行\n第二行"),
      EnterpriseDraft(uscc: ExchangeFixture.uscc(2), name: "乙化工", district: "铁东区"),
      EnterpriseDraft(
        uscc: ExchangeFixture.uscc(3), name: "Plain Co", district: "Lishan", tags: ["a"]),
    ]
    for draft in drafts {
      try Domain.perform(
        .enterprise(.register(draft)), by: ExchangeFixture.clerk, at: ExchangeFixture.time,
        on: &state)
    }
    return state
  }

  func sorted(_ state: DomainState) -> [Enterprise] {
    state.enterprises.values.sorted { $0.uscc < $1.uscc }
  }

  @Test(arguments: [true, false], [true, false])
  func exportThenImportGivesTheSameRecords(chinese: Bool, crlf: Bool) throws {
    let source = try registered()
    let bytes = EnterpriseExport.csv(
      sorted(source), in: source, options: EnterpriseExport.Options(chinese: chinese, crlf: crlf))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let plan = try EnterpriseImport.plan(
      bytes: bytes, in: ExchangeFixture.state(), by: ExchangeFixture.clerk,
      at: ExchangeFixture.time)
    #expect(plan.rejections.isEmpty)
    #expect(plan.encoding == .utf8WithBOM)
    #expect(plan.added == 3)
    #expect(plan.ignoredColumns.count == 3)
    var target = try ExchangeFixture.state()
    try target.apply(plan.events)
    #expect(target.enterprises == source.enterprises)
    // Importing the same file again with --update changes nothing.
    let again = try EnterpriseImport.plan(
      bytes: bytes, in: target, by: ExchangeFixture.clerk, at: ExchangeFixture.time,
      options: ImportOptions(update: true))
    #expect(again.unchanged == 3 && again.events.isEmpty)
  }

  @Test func csvQuotesOnlyWhatNeedsIt() throws {
    let state = try registered()
    let bytes = EnterpriseExport.csv(
      sorted(state), in: state,
      options: EnterpriseExport.Options(
        columns: [.uscc, .name, .address, .tier, .tags, .notes], chinese: true, crlf: true))
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines[0] == "统一社会信用代码,企业名称,地址,监管类别,标签,备注")
    #expect(
      lines[1]
        == "\(ExchangeFixture.uscc(1)),\"鞍山钢铁, 集团\",\"鞍山市\"\"铁西\"\"区\",重点,夜查；涉气,\"第一行\n第二行\"")
    #expect(lines[2] == "\(ExchangeFixture.uscc(2)),乙化工,,一般,,")
  }

  @Test func jsonHasStableEnglishKeys() throws {
    let state = try registered()
    let bytes = EnterpriseExport.json(sorted(state), in: state)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("[\n{\"uscc\":\"\(ExchangeFixture.uscc(1))\",\"name\":\"鞍山钢铁, 集团\""))
    #expect(text.contains("\"tier\":\"key\",\"keyDischargeUnit\":true"))
    #expect(text.contains("\"tags\":[\"夜查\",\"涉气\"]"))
    #expect(text.contains("\"notes\":\"第一行\\n第二行\""))
    #expect(text.contains("\"positiveList\":\"notListed\",\"commissioner\":\"\",\"openCases\":0"))
    #expect(text.hasSuffix("}\n]\n"))
  }
}
