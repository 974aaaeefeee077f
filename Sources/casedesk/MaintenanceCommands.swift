import ArgumentParser
import CaseDeskApp
import CaseDeskDomain
import CaseDeskStore
import Foundation

/// Resolves the workspace directory of a maintenance command, or exits with a reason.
func workspacePath(_ options: WorkspaceOptions) throws -> String {
  let environment = ProcessInfo.processInfo.environment
  let launch = LaunchOptions(dataDirectory: options.global.data, demo: options.demo)
  let settings = AppLauncher.settings(options: launch, environment: environment)
  guard
    let location = WorkspaceOpener.location(
      options: launch, config: settings.config, environment: environment)
  else {
    AppSession.standardError("casedesk: no workspace given: use --data DIR")
    throw ExitCode(1)
  }
  return location.path
}

/// `casedesk verify`: checks every file and prints the chain's head hash.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract:
      "Check the workspace (snapshot, journal checksums, sequence, chain) and print its head hash.")

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    let path = try workspacePath(workspace)
    do {
      let result = try Workspace.verify(at: path)
      print(result.description)
      if !result.isSound { throw ExitCode(1) }
    } catch let error as WorkspaceError {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
  }
}

/// `casedesk compact`: writes a new snapshot and starts a new journal generation.
struct CompactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compact", abstract: "Write a new snapshot and start a fresh journal.")

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    let path = try workspacePath(workspace)
    do {
      let opened = try Workspace.open(at: path, operatorID: "@compact")
      defer { opened.close() }
      try opened.compact()
      print(
        "compacted \(path): generation \(opened.generation), \(opened.lastSequence) records, head \(opened.head)"
      )
    } catch let error as WorkspaceError {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
  }
}

/// `casedesk backup DIR`: a consistent, verified copy of the workspace.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup", abstract: "Copy the workspace to a new directory and verify the copy.")

  @Argument(help: "The directory to create the copy in (new or empty).")
  var destination: String

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    let path = try workspacePath(workspace)
    do {
      let opened = try Workspace.open(at: path, operatorID: "@backup", readOnly: true)
      defer { opened.close() }
      let copy = try opened.backup(to: destination)
      print(copy.description)
      guard copy.isSound, copy.head == opened.head else {
        AppSession.standardError("casedesk: the copy does not verify")
        throw ExitCode(1)
      }
    } catch let error as WorkspaceError {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
  }
}

/// `casedesk init`: creates an empty workspace whose first member is the given operator.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create an empty workspace; its first staff member (clerk and approver) is you.")

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: "Your name as it appears in the history.")
  var name: String

  @Option(name: .long, help: "The workspace's name (default: the directory's name).")
  var title: String?

  func validate() throws {
    guard global.data != nil else { throw ValidationError("init needs --data DIR") }
    guard global.operatorID != nil else { throw ValidationError("init needs --operator ID") }
  }

  func run() throws {
    let data = global.data ?? ""
    let operatorID = global.operatorID ?? ""
    do {
      try WorkspaceOpener.createEmpty(at: data, operatorID: operatorID, name: name, title: title)
      print("created \(data) with \(name) (\(operatorID)) as clerk and approver")
    } catch {
      AppSession.standardError("casedesk: \(error)")
      throw ExitCode(1)
    }
  }
}
