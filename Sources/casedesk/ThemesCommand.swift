import ArgumentParser
import CaseDeskApp
import Foundation
import TerminalUI

/// `casedesk themes`: lists the themes and where each comes from.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "List the colour themes and where each comes from.")

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = AppConfig.configDirectory(environment: environment).map { $0 + "/themes" }
    let (catalog, problems) = ThemeCatalog.load(userDirectory: directory)
    for entry in catalog.listing() {
      let source: String
      switch entry.source {
      case .shipped: source = "shipped"
      case .user(let path): source = path
      }
      print("\(entry.name)\t\(source)\t\(entry.description)")
    }
    for problem in problems {
      FileHandle.standardError.write(Data("casedesk: \(problem.description)\n".utf8))
    }
    if !problems.isEmpty { throw ExitCode(1) }
  }
}
