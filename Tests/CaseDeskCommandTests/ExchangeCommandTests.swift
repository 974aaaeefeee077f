import ArgumentParser
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation
import TerminalUI
import Testing

@testable import casedesk

@Suite struct ExchangeCommandTests {
  /// A valid code whose middle digits are `number`.
  static func uscc(_ number: Int) -> String {
    let digits = String(number)
    let body = "91210300MA" + String(repeating: "0", count: 7 - digits.count) + digits
    let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
    return body + String(UnifiedSocialCreditCode.checkCharacter(forValues: values))
  }

  /// A new workspace whose clerk is `li`, and a directory for files beside it.
  func workspace() throws -> (path: String, files: String) {
    let base = FileManager.default.temporaryDirectory.path + "/casedesk-cli-\(UUID().uuidString)"
    try WorkspaceOpener.createEmpty(at: base + "/ws", operatorID: "li", name: "李文")
    return (base + "/ws", base)
  }

  func write(_ text: String, to path: String) throws {
    try AtomicFileWriter(fileSystem: PosixFileSystem()).write(Array(text.utf8), to: path)
  }

  func importCommand(_ arguments: [String]) throws -> ImportCommand.Enterprises {
    let command = try CaseDeskCommand.parseAsRoot(["import", "enterprises"] + arguments)
    return try #require(command as? ImportCommand.Enterprises)
  }

  func head(_ path: String) throws -> String {
    let opened = try Workspace.open(at: path, operatorID: "@test", readOnly: true)
    defer { opened.close() }
    return opened.head.description
  }

  @Test func importReportsRejectedRowsAndWritesNothing() throws {
    let (path, files) = try workspace()
    let csv = files + "/a.csv"
    try write(
      "统一社会信用代码,企业名称,区县,备用\n\(Self.uscc(1)),甲,铁西区,x\n\(Self.uscc(1)),乙,铁东区,y\n", to: csv)
    let before = try head(path)
    let command = try importCommand([csv, "--data", path, "--operator", "li", "--lang", "en"])
    let report = command.perform(at: path)
    #expect(report.failed)
    #expect(
      report.output == [
        "\(csv): 2 rows (encoding UTF-8): 1 new, 0 updated, 0 unchanged, 1 rejected",
        "Ignored columns: 备用",
        "line 3: 统一社会信用代码: \(Self.uscc(1)) repeats line 2",
        "Nothing was written: 1 row(s) rejected (use --partial to import the valid rows).",
      ])
    #expect(try head(path) == before)

    let partial = try importCommand([csv, "--data", path, "--operator", "li", "--partial"])
    let applied = partial.perform(at: path)
    #expect(applied.failed, "rejected rows still give exit code 1")
    #expect(try head(path) != before)
  }

  @Test func dryRunWritesNothingAndUpdateUpdates() throws {
    let (path, files) = try workspace()
    let csv = files + "/a.csv"
    try write("uscc,name,district\n\(Self.uscc(1)),甲,铁西区\n", to: csv)
    let before = try head(path)
    let dry = try importCommand([
      csv, "--data", path, "--operator", "li", "--dry-run", "--lang", "zh",
    ])
    let report = dry.perform(at: path)
    #expect(!report.failed)
    #expect(report.output.last == "试运行：未写入任何内容。")
    #expect(try head(path) == before)

    let real = try importCommand([csv, "--data", path, "--operator", "li", "--lang", "en"])
    #expect(real.perform(at: path).output.last == "Written: 1 records in one batch.")
    try write("uscc,name,district\n\(Self.uscc(1)),甲改,铁西区\n", to: csv)
    let again = real.perform(at: path)
    #expect(again.failed)
    let update = try importCommand([csv, "--data", path, "--operator", "li", "--update"])
    let updated = update.perform(at: path)
    #expect(!updated.failed)
    let opened = try Workspace.open(at: path, operatorID: "@test", readOnly: true)
    #expect(opened.state.enterprises[EnterpriseID(Self.uscc(1))]?.name == "甲改")
    opened.close()
  }

  @Test func importNeedsAClerk() throws {
    let (path, files) = try workspace()
    let csv = files + "/a.csv"
    try write("uscc,name,district\n\(Self.uscc(1)),甲,铁西区\n", to: csv)
    let nobody = try importCommand([csv, "--data", path, "--operator", "zhao", "--lang", "en"])
    #expect(
      nobody.perform(at: path).errors == [
        "zhao is not an active clerk: only clerks may import enterprises"
      ])
    let missing = try importCommand([files + "/none.csv", "--data", path, "--operator", "li"])
    #expect(missing.perform(at: path).failed)
  }

  @Test func exportWritesAFileThatImportsBack() throws {
    let (path, files) = try workspace()
    let csv = files + "/a.csv"
    try write("uscc,name,district,tags\n\(Self.uscc(1)),\"甲, 乙\",铁西区,a;b\n", to: csv)
    _ = try importCommand([csv, "--data", path, "--operator", "li"]).perform(at: path)

    let out = files + "/out.csv"
    let parsed = try CaseDeskCommand.parseAsRoot([
      "export", "enterprises", "--data", path, "--output", out, "--crlf", "--lang", "zh",
    ])
    let export = try #require(parsed as? ExportCommand.Enterprises)
    let report = export.perform(at: path) { _ in Issue.record("wrote to stdout") }
    #expect(report.output == ["已导出 1 家企业到 \(out)"])
    let bytes = try PosixFileSystem().readFile(out)
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("统一社会信用代码,企业名称,"))
    #expect(text.contains("\r\n\(Self.uscc(1)),\"甲, 乙\",,铁西区,"))

    let (other, _) = try workspace()
    let back = try importCommand([out, "--data", other, "--operator", "li", "--lang", "en"])
    let imported = back.perform(at: other)
    #expect(!imported.failed)
    #expect(imported.output.first?.contains("encoding UTF-8 (BOM)): 1 new") == true)

    let json = try CaseDeskCommand.parseAsRoot([
      "export", "enterprises", "--data", path, "--format", "json",
    ])
    var printed: [UInt8] = []
    _ = try #require(json as? ExportCommand.Enterprises).perform(at: path) { printed = $0 }
    #expect(String(decoding: printed, as: UTF8.self).contains("\"name\":\"甲, 乙\""))
  }

  @Test func exportWithAViewWritesWhatTheViewShows() throws {
    let (path, files) = try workspace()
    let csv = files + "/in.csv"
    try write(
      "统一社会信用代码,企业名称,区县\n\(Self.uscc(1)),甲钢铁,铁西区\n\(Self.uscc(2)),乙化工,铁东区\n"
        + "\(Self.uscc(3)),丙钢铁,铁东区\n", to: csv)
    _ = try importCommand([csv, "--data", path, "--operator", "li"]).perform(at: path)
    var preferences = ListPreferences()
    preferences.save(
      SavedView(
        name: "钢铁", filter: "钢铁", sort: TableSort(columnID: "name", ascending: false),
        columns: ["uscc", "name"]),
      of: .enterprises)
    try ListPreferencesFile.save(
      preferences, path: ListPreferencesFile.path(workspace: path, operatorID: "li"))
    let parsed = try CaseDeskCommand.parseAsRoot(
      ["export", "enterprises", "--data", path, "--operator", "li", "--view", "钢铁", "--lang", "zh"])
    let command = try #require(parsed as? ExportCommand.Enterprises)
    var written: [UInt8] = []
    let report = command.perform(at: path) { written += $0 }
    #expect(!report.failed)
    let lines = String(decoding: written.dropFirst(3), as: UTF8.self).split(separator: "\n")
    #expect(lines == ["统一社会信用代码,企业名称", "\(Self.uscc(1)),甲钢铁", "\(Self.uscc(3)),丙钢铁"])

    let unknown = try #require(
      try CaseDeskCommand.parseAsRoot(
        [
          "export", "enterprises", "--data", path, "--operator", "li", "--view", "无", "--lang",
          "en",
        ])
        as? ExportCommand.Enterprises)
    let failed = unknown.perform(at: path) { _ in }
    #expect(failed.failed)
    #expect(failed.errors.first?.contains("钢铁") == true)
  }

  @Test func badFormatIsRefused() {
    #expect(throws: (any Error).self) {
      _ = try CaseDeskCommand.parseAsRoot(["export", "enterprises", "--format", "xlsx"])
    }
  }
}
