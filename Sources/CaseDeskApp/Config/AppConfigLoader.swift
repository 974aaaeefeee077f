import Foundation
import TOMLKit
import TerminalUI

/// Reads the config file; a bad file or entry is reported and its defaults are kept.
public enum AppConfigLoader {
  /// Loads the config at `path`; a missing file is an empty config without problems.
  public static func load(path: String) -> (config: AppConfig, problems: [ConfigProblem]) {
    guard FileManager.default.fileExists(atPath: path) else { return (AppConfig(), []) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return (AppConfig(), [ConfigProblem(file: path, line: nil, key: nil, reason: "cannot read")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (
        AppConfig(), [ConfigProblem(file: path, line: nil, key: nil, reason: "not UTF-8 text")]
      )
    }
    return parse(text, file: path)
  }

  /// Parses config text; `file` names it in problems.
  public static func parse(_ text: String, file: String) -> (
    config: AppConfig, problems: [ConfigProblem]
  ) {
    let table: TOMLTable
    do {
      table = try SafeTOML.parse(text)
    } catch {
      return (
        AppConfig(), [ConfigProblem(file: file, line: error.line, key: nil, reason: error.reason)]
      )
    }
    let locator = TOMLKeyLocator(text: text)
    var config = AppConfig()
    var problems: [ConfigProblem] = []
    func problem(_ key: String, table header: String? = nil, _ reason: String) {
      problems.append(
        ConfigProblem(
          file: file, line: locator.line(for: (header.map { [$0] } ?? []) + [key]),
          key: header.map { "\($0).\(key)" } ?? key, reason: reason))
    }
    for key in table.keys {
      guard let value = table[key] else { continue }
      switch key {
      case "operator":
        if let string = value.string {
          config.operatorID = string
        } else {
          problem(key, "expected a string")
        }
      case "theme":
        if let string = value.string {
          config.themeName = string
        } else {
          problem(key, "expected a string")
        }
      case "lang":
        if let string = value.string, let language = Language(rawValue: string) {
          config.language = language
        } else {
          problem(key, "expected \"zh\" or \"en\"")
        }
      case "data":
        if let string = value.string {
          config.dataDirectory = string
        } else {
          problem(key, "expected a directory path")
        }
      case "keys":
        guard let keys = value.table else {
          problem(key, "expected a table of command = [keys]")
          continue
        }
        for command in keys.keys {
          guard let entry = keys[command] else { continue }
          if let single = entry.string {
            config.keyOverrides.append(.init(command: command, keys: [single]))
          } else if let array = entry.array, array.allSatisfy({ $0.string != nil }) {
            config.keyOverrides.append(
              .init(command: command, keys: array.compactMap { $0.string }))
          } else {
            problem(command, table: "keys", "expected a key or a list of keys")
          }
        }
      default:
        problem(key, "unknown setting")
      }
    }
    return (config, problems)
  }
}
