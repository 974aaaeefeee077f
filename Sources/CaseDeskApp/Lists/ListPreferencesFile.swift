import CaseDeskStore
import Foundation
import TOMLKit
import TerminalUI

/// Reads and writes an operator's list preferences as TOML (`views/OPERATOR.toml`).
///
/// ```toml
/// [enterprises]
/// columns = ["name", "uscc", "district"]
///
/// [[enterprises.views]]
/// name = "铁西重点"
/// filter = "district:铁西 tier:key"
/// sort = "name"
/// ascending = true
/// columns = ["name", "uscc"]
/// ```
public enum ListPreferencesFile {
  /// The file of an operator in a workspace directory.
  public static func path(workspace directory: String, operatorID: String) -> String {
    let safe = operatorID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
    return directory + "/views/" + String(safe) + ".toml"
  }

  /// Loads preferences; a missing file is empty, a bad one is empty with a problem to show.
  public static func load(path: String) -> (preferences: ListPreferences, problem: String?) {
    guard FileManager.default.fileExists(atPath: path) else { return (ListPreferences(), nil) }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return (ListPreferences(), "\(path): cannot read") }
    return parse(text, file: path)
  }

  /// Parses preferences text; what is malformed is skipped and named in the problem.
  public static func parse(_ text: String, file: String) -> (
    preferences: ListPreferences, problem: String?
  ) {
    let table: TOMLTable
    do {
      table = try SafeTOML.parse(text)
    } catch {
      return (ListPreferences(), "\(file):\(error.line.map(String.init) ?? "?"): \(error.reason)")
    }
    var preferences = ListPreferences()
    var skipped: [String] = []
    for pane in table.keys {
      guard let paneTable = table[pane]?.table else {
        skipped.append(pane)
        continue
      }
      if let columns = paneTable["columns"]?.array {
        preferences.columns[pane] = columns.compactMap { $0.string }
      }
      for entry in paneTable["views"]?.array ?? [] {
        guard let view = entry.table, let name = view["name"]?.string, !name.isEmpty else {
          skipped.append(pane + ".views")
          continue
        }
        let sort = view["sort"]?.string.map {
          TableSort(columnID: $0, ascending: view["ascending"]?.bool ?? true)
        }
        preferences.views[pane, default: []].append(
          SavedView(
            name: name, filter: view["filter"]?.string ?? "", sort: sort,
            columns: view["columns"]?.array?.compactMap { $0.string }))
      }
    }
    let problem = skipped.isEmpty ? nil : "\(file): skipped \(skipped.joined(separator: ", "))"
    return (preferences, problem)
  }

  /// The preferences as TOML text.
  public static func text(_ preferences: ListPreferences) -> String {
    var lines: [String] = []
    let panes = Set(preferences.columns.keys).union(preferences.views.keys).sorted()
    for pane in panes {
      lines.append("[\(quoteKey(pane))]")
      if let columns = preferences.columns[pane] {
        lines.append("columns = " + array(columns))
      }
      lines.append("")
      for view in preferences.views[pane] ?? [] {
        lines.append("[[\(quoteKey(pane)).views]]")
        lines.append("name = " + quote(view.name))
        lines.append("filter = " + quote(view.filter))
        if let sort = view.sort {
          lines.append("sort = " + quote(sort.columnID))
          lines.append("ascending = \(sort.ascending)")
        }
        if let columns = view.columns { lines.append("columns = " + array(columns)) }
        lines.append("")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Writes the preferences whole (temporary file, sync, rename), creating `views/`.
  public static func save(_ preferences: ListPreferences, path: String) throws {
    let directory = AtomicFileWriter.directory(of: path)
    if !FileManager.default.fileExists(atPath: directory) {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    }
    try AtomicFileWriter().write(Array(text(preferences).utf8), to: path)
  }

  private static func array(_ items: [String]) -> String {
    "[" + items.map(quote).joined(separator: ", ") + "]"
  }

  private static func quoteKey(_ key: String) -> String {
    key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
      ? key : quote(key)
  }

  /// A TOML basic string.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += String(format: "\\u%04X", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
