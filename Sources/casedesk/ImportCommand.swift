import ArgumentParser
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation
import Glibc

/// `casedesk import`: brings records in from files made elsewhere.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import records from a CSV file.",
    subcommands: [Enterprises.self])

  /// `casedesk import enterprises FILE.csv`: registers (and with --update, updates) enterprises.
  struct Enterprises: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "enterprises",
      abstract: "Import enterprises from a CSV file (UTF-8, UTF-8 with BOM, or GB18030/GBK).",
      discussion: """
        Headers may be Chinese or English (统一社会信用代码/USCC, 企业名称/name, 区县/district, …).
        All or nothing: when a row is rejected nothing is written, unless --partial.
        Exit code 1 when rows were rejected.
        """)

    @Argument(help: "The CSV file.")
    var file: String

    @Flag(name: .long, help: "Check the file and print what would change; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Update enterprises already registered (same USCC).")
    var update = false

    @Flag(name: .long, help: "Import the valid rows even when some are rejected.")
    var partial = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let path = try workspacePath(workspace)
      let strings = Strings(workspace.global.language)
      let bar = isatty(2) == 1 ? ProgressBar(label: strings[.exchangeImportProgress]) : nil
      let report = perform(at: path, progress: bar.map { bar in { bar.show($0, $1) } })
      bar?.finish()
      for line in report.output { print(line) }
      for line in report.errors { AppSession.standardError("casedesk: \(line)") }
      if report.failed { throw ExitCode(1) }
    }

    /// Runs the import on the workspace at `path` and returns what to print.
    func perform(at path: String, progress: EnterpriseImport.Progress? = nil) -> CommandReport {
      let language = workspace.global.language
      let strings = Strings(language)
      var report = CommandReport()
      guard let operatorID = workspace.global.operatorID else {
        report.fail(strings[.exchangeImportNeedsOperator])
        return report
      }
      let bytes: [UInt8]
      do {
        bytes = try PosixFileSystem().readFile(file)
      } catch {
        report.fail(strings.format(.exchangeCannotRead, file, "\(error)"))
        return report
      }
      let opened: Workspace
      do {
        opened = try Workspace.open(at: path, operatorID: operatorID, readOnly: dryRun)
      } catch {
        report.fail("\(error)")
        return report
      }
      defer { opened.close() }
      let staffID = StaffID(operatorID)
      guard let member = opened.state.staff[staffID], member.isActive,
        member.roles.contains(.clerk)
      else {
        report.fail(strings.format(.exchangeImportNotClerk, operatorID))
        return report
      }
      let options = ImportOptions(update: update, partial: partial)
      let now = Timestamp(secondsSinceEpoch: Int64(time(nil)))
      do {
        let plan = try EnterpriseImport.plan(
          bytes: bytes, in: opened.state, by: .staff(staffID), at: now, options: options,
          progress: progress)
        report.output.append(
          strings.format(
            .exchangeImportSummary, file, String(plan.rowCount), plan.encoding.rawValue,
            String(plan.added), String(plan.updated), String(plan.unchanged),
            String(plan.rejections.count)))
        if !plan.ignoredColumns.isEmpty {
          report.output.append(
            strings.format(
              .exchangeImportIgnored,
              plan.ignoredColumns.joined(separator: language == .zh ? "、" : ", ")))
        }
        for rejection in plan.rejections {
          report.output.append(
            strings.format(
              .exchangeImportRejectedLine, String(rejection.line), rejection.field,
              language == .zh ? rejection.reason.zh : rejection.reason.en))
        }
        report.failed = !plan.rejections.isEmpty
        if dryRun {
          report.output.append(strings[.exchangeImportDryRun])
          return report
        }
        guard plan.canApply(options) else {
          report.output.append(
            strings.format(.exchangeImportNothingWritten, String(plan.rejections.count)))
          return report
        }
        let written = try EnterpriseImport.apply(
          plan, to: opened, options: options, progress: progress)
        report.output.append(strings.format(.exchangeImportWritten, String(written)))
      } catch {
        report.fail(language == .zh ? error.message.zh : error.message.en)
      }
      return report
    }
  }
}
