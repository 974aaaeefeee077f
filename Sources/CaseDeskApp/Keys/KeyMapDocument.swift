import TerminalUI

/// The key map as text: a plain listing for `casedesk keys` and a Markdown table for the README.
public enum KeyMapDocument {
  /// One line per binding: scope, keys, command, description.
  public static func plain(_ keyMap: KeyMap, strings: Strings) -> String {
    let rows = ordered(keyMap).map { binding in
      [
        strings[AppScope.titleKey(binding.scope)], binding.keysNotation, binding.command,
        binding.description,
      ]
    }
    let widths = (0..<3).map { column in
      rows.map { DisplayWidth.columns($0[column]) }.max() ?? 0
    }
    return rows.map { row in
      (0..<3).map { DisplayWidth.fit(row[$0], width: widths[$0], ellipsis: false) }
        .joined(separator: "  ") + "  " + row[3]
    }.joined(separator: "\n") + "\n"
  }

  /// A Markdown table of every binding, grouped by scope.
  public static func markdown(_ keyMap: KeyMap, strings: Strings) -> String {
    var lines = ["| Scope | Keys | Command | What it does |", "| --- | --- | --- | --- |"]
    for binding in ordered(keyMap) {
      let keys = binding.keys.map { "`" + escape($0.notation) + "`" }.joined(separator: " ")
      lines.append(
        "| \(strings[AppScope.titleKey(binding.scope)]) | \(keys) | `\(binding.command)` | "
          + "\(escape(binding.description)) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The bindings in help order: by scope, then key-map order.
  static func ordered(_ keyMap: KeyMap) -> [KeyBinding] {
    let known = HelpContent.scopeOrder.flatMap { scope in
      keyMap.bindings.filter { $0.scope == scope }
    }
    return known + keyMap.bindings.filter { !HelpContent.scopeOrder.contains($0.scope) }
  }

  private static func escape(_ text: String) -> String {
    var result = ""
    for character in text { result += character == "|" ? "\\|" : String(character) }
    return result
  }
}
