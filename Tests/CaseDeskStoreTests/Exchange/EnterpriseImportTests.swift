import CaseDeskDomain
import Testing

@testable import CaseDeskStore

@Suite struct EnterpriseImportTests {
  let a = ExchangeFixture.uscc(1)
  let b = ExchangeFixture.uscc(2)
  let c = ExchangeFixture.uscc(3)

  @Test func chineseHeadersMapToFields() throws {
    let text = """
      统一社会信用代码,单位名称,简称,所属区县,行业,企业性质,类别,重点排污单位,地址,法定代表人,联系人,联系电话,标签,备注,未知列
      \(a),鞍山钢铁集团,鞍钢,铁西区,钢铁,国有,重点,是,鞍山市铁西区1号,张三,李四,0412-1234567,涉气；重点、夜查,备注一,x
      """
    let plan = try ExchangeFixture.plan(text, in: ExchangeFixture.state())
    #expect(plan.rejections.isEmpty)
    #expect(plan.added == 1)
    #expect(plan.ignoredColumns == ["未知列"])
    var state = try ExchangeFixture.state()
    try state.apply(plan.events)
    let enterprise = try #require(state.enterprises[EnterpriseID(a)])
    #expect(enterprise.name == "鞍山钢铁集团")
    #expect(enterprise.shortName == "鞍钢")
    #expect(enterprise.district == "铁西区")
    #expect(enterprise.industry == "钢铁")
    #expect(enterprise.ownership == "国有")
    #expect(enterprise.tier == .key)
    #expect(enterprise.isKeyDischargeUnit)
    #expect(enterprise.address == "鞍山市铁西区1号")
    #expect(enterprise.legalRepresentative == "张三")
    #expect(enterprise.contactPerson == "李四")
    #expect(enterprise.contactPhone == "0412-1234567")
    #expect(enterprise.tags == ["夜查", "涉气", "重点"])
    #expect(enterprise.notes == "备注一")
    #expect(enterprise.registeredBy == ExchangeFixture.clerk)
  }

  @Test func englishHeadersIgnoreCaseAndSpaces() throws {
    let text =
      "  USCC , NAME,District,TIER,key discharge unit,Tags\n\(a),Angang,Tiexi,general,N,a|b\n"
    let plan = try ExchangeFixture.plan(text, in: ExchangeFixture.state())
    #expect(plan.rejections.isEmpty)
    #expect(plan.columns == [.uscc, .name, .district, .tier, .keyDischargeUnit, .tags])
    var state = try ExchangeFixture.state()
    try state.apply(plan.events)
    let enterprise = try #require(state.enterprises[EnterpriseID(a)])
    #expect(enterprise.tier == .general && !enterprise.isKeyDischargeUnit)
    #expect(enterprise.tags == ["a", "b"])
  }

  @Test func aMissingUSCCOrNameColumnIsAnError() throws {
    let state = try ExchangeFixture.state()
    for text in ["名称,区县\nx,y\n", "uscc,区县\n\(a),y\n"] {
      do {
        _ = try ExchangeFixture.plan(text, in: state)
        Issue.record("planned without a required column: \(text)")
      } catch {
        #expect((error as? ImportError)?.kind == .missingColumn)
      }
    }
  }

  @Test func everyBadRowIsRejectedWithLineFieldAndReason() throws {
    let badCheck = String(a.dropLast()) + (a.hasSuffix("0") ? "1" : "0")
    let text = """
      统一社会信用代码,企业名称,区县,监管类别,重点排污单位,联系电话
      \(badCheck),甲,铁西区,,,
      ,乙,铁西区,,,
      \(b),,铁西区,,,
      \(c),丙,,,,
      \(ExchangeFixture.uscc(4)),丁,铁东区,特别,,
      \(ExchangeFixture.uscc(5)),戊,铁东区,,也许,
      \(ExchangeFixture.uscc(6)),己,铁东区,,,电话号码
      \(ExchangeFixture.uscc(7)),庚,铁东区,一般,否,
      \(ExchangeFixture.uscc(7)),庚二,铁东区,,,
      """
    let plan = try ExchangeFixture.plan(text, in: ExchangeFixture.state())
    let found = plan.rejections.map { "\($0.line) \($0.field) \($0.reason.en)" }
    let expected = String(a.last ?? "?")
    #expect(found.count == 8, "\(found)")
    #expect(found[0].hasPrefix("2 统一社会信用代码 The check character should be \(expected)"))
    #expect(found[1] == "3 统一社会信用代码 The USCC is missing")
    #expect(found[2].hasPrefix("4 企业名称 "))
    #expect(found[3].hasPrefix("5 区县 "))
    #expect(found[4].hasPrefix("6 监管类别 \"特别\" is not a tier"))
    #expect(found[5].hasPrefix("7 重点排污单位 \"也许\" is not yes/no"))
    #expect(found[6].hasPrefix("8 联系电话 "))
    #expect(found[7] == "10 统一社会信用代码 \(ExchangeFixture.uscc(7)) repeats line 9")
    #expect(plan.added == 1)
    #expect(!plan.canApply(ImportOptions()))
    #expect(plan.canApply(ImportOptions(partial: true)))
  }

  @Test func aLargeFileKeepsFileOrderWhenRegistrationsRunInParallel() throws {
    var text = "统一社会信用代码,企业名称,区县,监管类别\n"
    var expectedLines: [Int] = []
    var expectedCodes: [String] = []
    for number in 0..<20_000 {
      let line = number + 2
      let code = ExchangeFixture.uscc(number)
      switch number % 997 {
      case 5:
        text += "\(code),,铁西区,\n"
        expectedLines.append(line)
      case 11:
        text += "\(code),名\(number),铁西区,特别\n"
        expectedLines.append(line)
      case 17:
        text += "\(code),名\(number),,\n"
        expectedLines.append(line)
      default:
        text += "\(code),名\(number),铁西区,一般\n"
        expectedCodes.append(code)
      }
    }
    let plan = try ExchangeFixture.plan(text, in: ExchangeFixture.state())
    #expect(plan.rejections.map(\.line) == expectedLines)
    #expect(plan.added == expectedCodes.count)
    let codes = plan.events.compactMap { event -> String? in
      guard case .enterprise(.registered(let enterprise)) = event.change else { return nil }
      return enterprise.uscc
    }
    #expect(codes == expectedCodes)
  }

  @Test func allOrNothingChangesNothingWhenARowIsRejected() throws {
    let workspace = try ExchangeFixture.workspace()
    defer { workspace.close() }
    let head = workspace.head
    let size = workspace.journalSize
    let plan = try ExchangeFixture.plan(
      "uscc,name,district\n\(a),甲,铁西区\n\(b),,铁西区\n", in: workspace.state)
    #expect(plan.added == 1 && plan.rejections.count == 1)
    #expect(throws: ImportError.self) {
      try EnterpriseImport.apply(plan, to: workspace, options: ImportOptions())
    }
    #expect(workspace.head == head)
    #expect(workspace.journalSize == size)
    #expect(workspace.state.enterprises.isEmpty)
  }

  @Test func partialImportAppliesTheValidRowsInOneBatch() throws {
    let workspace = try ExchangeFixture.workspace()
    let path = workspace.directory.path
    let options = ImportOptions(partial: true)
    let plan = try EnterpriseImport.plan(
      bytes: ExchangeFixture.bytes(
        "uscc,name,district\n\(a),甲,铁西区\n\(b),,铁西区\n\(c),丙,铁东区\n"),
      in: workspace.state, by: ExchangeFixture.clerk, at: ExchangeFixture.time, options: options)
    #expect(try EnterpriseImport.apply(plan, to: workspace, options: options) == 2)
    #expect(workspace.state.enterprises.count == 2)
    let head = workspace.head
    workspace.close()
    let reopened = try Workspace.open(at: path, operatorID: "@test", readOnly: true)
    #expect(reopened.head == head)
    #expect(reopened.state.enterprises.count == 2)
    let journal = try PosixFileSystem().readFile(path + "/" + JournalGeneration.first.fileName)
    let text = String(decoding: journal, as: UTF8.self)
    #expect(text.contains("\tli\tjournal.batch\t{\"records\":2}\t"))
  }

  @Test func existingEnterprisesNeedUpdateAndOnlyChangedFieldsAreRecorded() throws {
    let workspace = try ExchangeFixture.workspace()
    defer { workspace.close() }
    let first = try ExchangeFixture.plan(
      "uscc,name,district,industry,tags\n\(a),甲,铁西区,钢铁,x\n\(b),乙,铁东区,化工,\n",
      in: workspace.state)
    try EnterpriseImport.apply(first, to: workspace, options: ImportOptions())
    let again = "uscc,name,district,industry,tags\n\(a),甲,铁西区,冶金,x;y\n\(b),乙,铁东区,化工,\n"
    let refused = try ExchangeFixture.plan(again, in: workspace.state)
    #expect(refused.rejections.map(\.line) == [2, 3])
    #expect(refused.rejections[0].reason.en.contains("already registered as 甲"))

    let update = ImportOptions(update: true)
    let plan = try ExchangeFixture.plan(again, in: workspace.state, options: update)
    #expect(plan.rejections.isEmpty)
    #expect(plan.updated == 1 && plan.unchanged == 1 && plan.added == 0)
    guard case .enterprise(.edited(_, let fields, _)) = plan.events.first?.change else {
      Issue.record("no edit: \(plan.events)")
      return
    }
    #expect(fields == [.industry("冶金")])
    try EnterpriseImport.apply(plan, to: workspace, options: update)
    let enterprise = try #require(workspace.state.enterprises[EnterpriseID(a)])
    #expect(enterprise.industry == "冶金" && enterprise.tags == ["x", "y"])
  }

  @Test func aDryRunWritesNothing() throws {
    let workspace = try ExchangeFixture.workspace()
    defer { workspace.close() }
    let head = workspace.head
    let plan = try ExchangeFixture.plan("uscc,name,district\n\(a),甲,铁西区\n", in: workspace.state)
    #expect(plan.added == 1 && plan.events.count == 1)
    #expect(workspace.head == head)
    #expect(workspace.state.enterprises.isEmpty)
  }

  @Test func onlyAClerkMayImport() throws {
    do {
      _ = try EnterpriseImport.plan(
        bytes: ExchangeFixture.bytes("uscc,name,district\n\(a),甲,铁西区\n"),
        in: ExchangeFixture.state(), by: ExchangeFixture.commissioner, at: ExchangeFixture.time)
      Issue.record("a commissioner imported")
    } catch {
      #expect((error as? ImportError)?.kind == .notPermitted)
    }
  }

  @Test func progressIsReportedAndCanCancel() throws {
    var rows = "uscc,name,district\n"
    for number in 1...2500 { rows += "\(ExchangeFixture.uscc(number)),企业\(number),铁西区\n" }
    var calls: [Int] = []
    let plan = try EnterpriseImport.plan(
      bytes: ExchangeFixture.bytes(rows), in: ExchangeFixture.state(), by: ExchangeFixture.clerk,
      at: ExchangeFixture.time
    ) { done, total in
      #expect(total == 2500)
      calls.append(done)
      return true
    }
    #expect(plan.added == 2500)
    #expect(calls == [0, 1000, 2000, 2500])
    #expect(throws: ImportError.self) {
      try EnterpriseImport.plan(
        bytes: ExchangeFixture.bytes(rows), in: ExchangeFixture.state(),
        by: ExchangeFixture.clerk, at: ExchangeFixture.time
      ) { done, _ in done < 1000 }
    }
  }
}
