import ArgumentParser
import CaseDeskApp
import Foundation

/// `casedesk keys`: prints the key map, with the config file's overrides applied.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys", abstract: "Print the key map (with your config's overrides).")

  @Flag(name: .long, help: "Print the Markdown table the README embeds.")
  var markdown = false

  @Option(name: .long, help: "Language of the descriptions: zh or en.")
  var lang: String?

  func validate() throws {
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be zh or en, not \(lang)")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    if markdown {
      let strings = Strings(lang.flatMap(Language.init(rawValue:)) ?? .en)
      print(
        KeyMapDocument.markdown(AppKeyMap.standard(strings: strings), strings: strings),
        terminator: "")
      return
    }
    var config = AppConfig()
    var problems: [String] = []
    if let path = AppConfig.defaultPath(environment: environment) {
      let loaded = AppConfigLoader.load(path: path)
      config = loaded.config
      problems += loaded.problems.map(\.description)
    }
    let language =
      lang.flatMap(Language.init(rawValue:)) ?? config.language
      ?? Language.fromEnvironment(environment)
    let strings = Strings(language)
    let (keyMap, keyProblems) = AppKeyMap.configured(
      strings: strings, overrides: config.keyOverrides.map { ($0.command, $0.keys) })
    problems += keyProblems
    print(KeyMapDocument.plain(keyMap, strings: strings), terminator: "")
    if !problems.isEmpty {
      for problem in problems {
        FileHandle.standardError.write(Data("casedesk: \(problem)\n".utf8))
      }
      throw ExitCode(1)
    }
  }
}
