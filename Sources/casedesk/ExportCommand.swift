import ArgumentParser
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation

/// `casedesk export`: writes records out for spreadsheets and programs.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export records as CSV or JSON.",
    subcommands: [Enterprises.self])

  /// The formats an export can take.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv
    case json
  }

  /// `casedesk export enterprises`: every enterprise, by USCC.
  struct Enterprises: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "enterprises",
      abstract: "Export the enterprises (CSV: UTF-8 with BOM, headers in --lang; or JSON).",
      discussion: "The CSV imports back with `casedesk import enterprises`.")

    @Option(name: .long, help: "csv or json.")
    var format: Format = .csv

    @Option(name: .long, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "End CSV rows with CRLF instead of LF.")
    var crlf = false

    @Option(
      name: .long,
      help: "Export what a saved view of the operator's shows (its filter, order and columns).")
    var view: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let path = try workspacePath(workspace)
      let report = perform(at: path) { bytes in
        FileHandle.standardOutput.write(Data(bytes))
      }
      for line in report.output { AppSession.standardError(line) }
      for line in report.errors { AppSession.standardError("casedesk: \(line)") }
      if report.failed { throw ExitCode(1) }
    }

    /// Exports from the workspace at `path`; without --output the bytes go to `standardOutput`.
    func perform(at path: String, standardOutput: ([UInt8]) -> Void) -> CommandReport {
      let strings = Strings(workspace.global.language)
      var report = CommandReport()
      let opened: Workspace
      do {
        opened = try Workspace.open(at: path, operatorID: "@export", readOnly: true)
      } catch {
        report.fail("\(error)")
        return report
      }
      defer { opened.close() }
      var enterprises = opened.state.enterprises.values.sorted { $0.uscc < $1.uscc }
      var columns = ExchangeColumn.defaultExport
      if let view {
        guard
          let chosen = savedView(named: view, workspace: path, strings: strings, report: &report)
        else { return report }
        let shown = chosen.enterprises(in: opened.state, language: workspace.global.language)
        enterprises = shown.enterprises
        columns = shown.columns.compactMap {
          ExchangeColumn(rawValue: $0 == "keyDischarge" ? "keyDischargeUnit" : $0)
        }
        if !columns.contains(.uscc) { columns.insert(.uscc, at: 0) }
      }
      let bytes: [UInt8]
      switch format {
      case .csv:
        bytes = EnterpriseExport.csv(
          enterprises, in: opened.state,
          options: EnterpriseExport.Options(
            columns: columns, chinese: workspace.global.language == .zh, crlf: crlf))
      case .json:
        bytes = EnterpriseExport.json(enterprises, in: opened.state, columns: columns)
      }
      guard let output else {
        standardOutput(bytes)
        return report
      }
      do {
        try AtomicFileWriter(fileSystem: PosixFileSystem()).write(bytes, to: output)
        report.output.append(
          strings.format(.exchangeExportWritten, String(enterprises.count), output))
      } catch {
        report.fail(strings.format(.exchangeCannotWrite, output, "\(error)"))
      }
      return report
    }

    /// The operator's saved view by name, or a failure naming the views there are.
    func savedView(
      named name: String, workspace path: String, strings: Strings, report: inout CommandReport
    ) -> SavedView? {
      let environment = ProcessInfo.processInfo.environment
      let settings = AppLauncher.settings(
        options: LaunchOptions(dataDirectory: path), environment: environment)
      guard let operatorID = workspace.global.operatorID ?? settings.config.operatorID else {
        report.fail(strings[.exportViewNeedsOperator])
        return nil
      }
      let file = ListPreferencesFile.path(workspace: path, operatorID: operatorID)
      let (preferences, problem) = ListPreferencesFile.load(path: file)
      if let problem { report.output.append(problem) }
      guard let found = preferences.view(named: name, of: .enterprises) else {
        let names = preferences.views(of: .enterprises).map(\.name)
        report.fail(
          strings.format(
            .exportViewUnknown, name, operatorID,
            names.isEmpty ? strings[.none] : names.joined(separator: ", ")))
        return nil
      }
      return found
    }
  }
}
