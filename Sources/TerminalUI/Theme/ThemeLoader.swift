import Foundation
import TOMLKit

/// Parses theme files (TOML, described in `docs/themes.md`) into `Theme` values.
///
/// Every problem is a `ThemeError` naming the file, the line and the key; no input crashes.
public enum ThemeLoader {
  /// What a parent lookup found for an `inherits` name.
  enum ParentLookup {
    case found(Theme)
    case missing
    case cycle([String])
    case failed(ThemeError)
  }

  /// The keys allowed at the top level of a theme file.
  static let topLevelKeys = ["name", "description", "inherits", "palette", "styles"]

  /// The keys allowed in a `[palette]` entry written as an inline table.
  static let paletteFields = ["rgb", "ansi256", "ansi16"]

  /// The keys allowed in a `[styles]` entry.
  static let styleFields = ["fg", "bg"] + TextAttributes.names.map(\.0) + ["mono"]

  /// Last role-name parts of highlights that get `reverse` on monochrome terminals by default.
  static let highlightRoleParts: Set<String> = [
    "selected", "active", "focused", "cursor", "match", "filled", "marked",
  ]

  /// Parses one theme file's text into a theme, resolving `inherits` through `parents`.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - file: The file name used in error messages.
  ///   - parents: Returns the theme of a given name, or nil when there is none.
  /// - Returns: The theme, with `source` set to `.user(path: file)`.
  public static func parse(
    _ text: String, file: String, parents: (String) -> Theme?
  ) throws(ThemeError) -> Theme {
    try parse(text, file: file, source: .user(path: file)) { name in
      if let theme = parents(name) { return .found(theme) }
      return .missing
    }
  }

  /// Reads a theme file as UTF-8, reporting unreadable files and invalid bytes as errors.
  ///
  /// - Parameters:
  ///   - path: The file to read.
  ///   - file: The name for error messages; the path when nil.
  public static func readText(atPath path: String, file: String? = nil) throws(ThemeError) -> String
  {
    let name = file ?? path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ThemeError(file: name, reason: "cannot read the file")
    }
    var iterator = data.makeIterator()
    var decoder = UTF8()
    var scalars = String.UnicodeScalarView()
    var line = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
        scalars.append(scalar)
      case .emptyInput:
        return String(scalars)
      case .error:
        throw ThemeError(file: name, line: line, reason: "the file is not valid UTF-8 text")
      }
    }
  }

  /// The `name` a theme file declares, if its TOML parses and `name` is a string.
  static func declaredName(in text: String) -> String? {
    guard let table = try? tomlTable(text, file: "") else { return nil }
    return entries(of: table).first { $0.0 == "name" }?.1.string
  }

  /// Parses TOML safely (see `SafeTOML`), as a theme error.
  static func tomlTable(_ text: String, file: String) throws(ThemeError) -> TOMLTable {
    do {
      return try SafeTOML.parse(text)
    } catch {
      throw ThemeError(file: file, line: error.line, reason: error.reason)
    }
  }

  /// Parses a theme with full control over its source and how parents are found.
  static func parse(
    _ text: String, file: String, source: Theme.Source,
    lookup: (String) -> ParentLookup
  ) throws(ThemeError) -> Theme {
    var parser = Parser(text: text, file: file)
    return try parser.parse(source: source, lookup: lookup)
  }

  /// A table's keys and values in toml++'s order, without looking keys up again.
  static func entries(of table: TOMLTable) -> [(String, TOMLValue)] {
    let keys = table.keys
    let values = table.values
    guard keys.count == values.count else { return [] }
    return Array(zip(keys, values))
  }
}

/// A parsed `[styles]` entry, remembering which colours it names itself.
private struct StyleEntry {
  var role: StyleRole
  var style: ResolvedStyle
  var setsForeground: Bool
  var setsBackground: Bool
}

/// One parse of one file: the text, its key locator, and helpers that build located errors.
private struct Parser {
  let text: String
  let file: String
  let locator: TOMLKeyLocator

  init(text: String, file: String) {
    var body = text
    if body.unicodeScalars.first == "\u{FEFF}" {
      body = String(body.unicodeScalars.dropFirst())
    }
    self.text = body
    self.file = file
    self.locator = TOMLKeyLocator(text: body)
  }

  func error(_ path: [String], _ key: String?, _ reason: String) -> ThemeError {
    ThemeError(file: file, line: locator.line(for: path), key: key, reason: reason)
  }

  mutating func parse(
    source: Theme.Source, lookup: (String) -> ThemeLoader.ParentLookup
  ) throws(ThemeError) -> Theme {
    let table = try ThemeLoader.tomlTable(text, file: file)
    let top = Dictionary(
      ThemeLoader.entries(of: table), uniquingKeysWith: { first, _ in first })
    for key in top.keys.sorted() where !ThemeLoader.topLevelKeys.contains(key) {
      throw error(
        [key], quoted(key),
        "unknown key" + suggestion(for: key, among: ThemeLoader.topLevelKeys))
    }
    let name = try parseName(top["name"])
    let summary = try parseDescription(top["description"])
    var palette: [String: TerminalColor] = [:]
    var styles: [StyleRole: ResolvedStyle] = [:]
    if let inherits = top["inherits"] {
      let parent = try parseParent(inherits, themeName: name, lookup: lookup)
      palette = parent.palette
      styles = parent.styles
    }
    if let value = top["palette"] {
      guard let paletteTable = value.table else {
        throw error(["palette"], "palette", "expected a table of colours, found \(value.type)")
      }
      for (colourName, colour) in try parsePalette(paletteTable) {
        palette[colourName] = colour
      }
    }
    if let value = top["styles"] {
      guard let stylesTable = value.table else {
        throw error(["styles"], "styles", "expected a table of styles, found \(value.type)")
      }
      let entries = try parseStyles(stylesTable, palette: palette)
      for entry in entries { styles[entry.role] = entry.style }
      // Colours an entry leaves out come from the nearest more general role, shallow first.
      let ordered = entries.sorted { first, second in
        let firstDepth = first.role.name.split(separator: ".").count
        let secondDepth = second.role.name.split(separator: ".").count
        return (firstDepth, first.role.name) < (secondDepth, second.role.name)
      }
      for entry in ordered where !entry.setsForeground || !entry.setsBackground {
        let inherited = entry.role.parent.map { Theme.lookup($0, in: styles) } ?? .plain
        var style = entry.style
        if !entry.setsForeground { style.foreground = inherited.foreground }
        if !entry.setsBackground { style.background = inherited.background }
        styles[entry.role] = style
      }
    }
    return Theme(name: name, source: source, styles: styles, summary: summary, palette: palette)
  }

  func parseName(_ value: TOMLValue?) throws(ThemeError) -> String {
    guard let value else {
      throw ThemeError(file: file, key: "name", reason: "missing; every theme needs a name")
    }
    guard let name = value.string else {
      throw error(["name"], "name", "expected a string, found \(value.type)")
    }
    let invalid = name.unicodeScalars.contains { scalar in
      scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
        || scalar == "/"
    }
    guard !name.isEmpty, name.count <= 64, !invalid else {
      throw error(
        ["name"], "name",
        "\"\(name)\" is not a usable theme name (1–64 characters, no spaces or slashes)")
    }
    return name
  }

  func parseDescription(_ value: TOMLValue?) throws(ThemeError) -> String {
    guard let value else { return "" }
    guard let description = value.string else {
      throw error(["description"], "description", "expected a string, found \(value.type)")
    }
    let scalars = description.unicodeScalars.map { scalar in
      scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
    }
    var single = String.UnicodeScalarView()
    single.append(contentsOf: scalars)
    return String(single).trimmingCharacters(in: .whitespaces)
  }

  func parseParent(
    _ value: TOMLValue, themeName: String, lookup: (String) -> ThemeLoader.ParentLookup
  ) throws(ThemeError) -> Theme {
    guard let parentName = value.string else {
      throw error(["inherits"], "inherits", "expected a theme name, found \(value.type)")
    }
    if parentName == themeName {
      if case .found(let parent) = lookup(parentName), parent.source == .shipped {
        return parent
      }
      throw error(["inherits"], "inherits", "theme \"\(themeName)\" inherits itself")
    }
    switch lookup(parentName) {
    case .found(let parent):
      return parent
    case .missing:
      throw error(["inherits"], "inherits", "unknown parent theme \"\(parentName)\"")
    case .cycle(let chain):
      throw error(
        ["inherits"], "inherits", "inheritance cycle: " + chain.joined(separator: " → "))
    case .failed(let parentError):
      throw error(
        ["inherits"], "inherits",
        "parent theme \"\(parentName)\" failed to load (\(parentError))")
    }
  }

  func parsePalette(_ table: TOMLTable) throws(ThemeError) -> [(String, TerminalColor)] {
    var colours: [(String, TerminalColor)] = []
    for (name, value) in ThemeLoader.entries(of: table) {
      let path = ["palette", name]
      let key = "palette." + quoted(name)
      guard isColourName(name) else {
        throw error(
          path, key,
          "colour names use letters, digits, \"-\" and \"_\", and \"default\" is reserved")
      }
      if let hex = value.string {
        guard let colour = TerminalColor(hex: hex) else {
          throw error(path, key, "bad colour \"\(hex)\"; expected \"#RRGGBB\"")
        }
        colours.append((name, colour))
        continue
      }
      guard let fields = value.table else {
        throw error(
          path, key,
          "expected \"#RRGGBB\" or { rgb = \"#RRGGBB\", ansi256 = N, ansi16 = N }, "
            + "found \(value.type)")
      }
      colours.append((name, try parsePaletteTable(fields, path: path, key: key)))
    }
    return colours
  }

  func parsePaletteTable(
    _ table: TOMLTable, path: [String], key: String
  ) throws(ThemeError) -> TerminalColor {
    var colour: TerminalColor?
    var index256: UInt8?
    var index16: UInt8?
    for (field, value) in ThemeLoader.entries(of: table) {
      let fieldKey = key + " " + quoted(field)
      switch field {
      case "rgb":
        guard let hex = value.string else {
          throw error(path + [field], fieldKey, "expected \"#RRGGBB\", found \(value.type)")
        }
        guard let parsed = TerminalColor(hex: hex) else {
          throw error(path + [field], fieldKey, "bad colour \"\(hex)\"; expected \"#RRGGBB\"")
        }
        colour = parsed
      case "ansi256", "ansi16":
        let limit = field == "ansi256" ? 255 : 15
        guard let number = value.int else {
          throw error(path + [field], fieldKey, "expected an integer, found \(value.type)")
        }
        guard (0...limit).contains(number) else {
          throw error(path + [field], fieldKey, "\(number) is out of range 0–\(limit)")
        }
        if field == "ansi256" { index256 = UInt8(number) } else { index16 = UInt8(number) }
      default:
        throw error(
          path + [field], fieldKey,
          "unknown field" + suggestion(for: field, among: ThemeLoader.paletteFields))
      }
    }
    guard var result = colour else {
      throw error(path, key, "missing rgb = \"#RRGGBB\"")
    }
    if let index256 { result.index256 = index256 }
    if let index16 { result.index16 = index16 }
    return result
  }

  func parseStyles(
    _ table: TOMLTable, palette: [String: TerminalColor]
  ) throws(ThemeError) -> [StyleEntry] {
    var styles: [StyleEntry] = []
    for (role, value) in ThemeLoader.entries(of: table) {
      let path = ["styles", role]
      let key = "styles." + quoted(role)
      let parts = role.split(separator: ".", omittingEmptySubsequences: false)
      let badScalar = role.unicodeScalars.contains { scalar in
        scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
      }
      guard !parts.contains(where: \.isEmpty), !badScalar else {
        throw error(path, key, "\"\(role)\" is not a role name (dot-separated words)")
      }
      guard let fields = value.table else {
        throw error(
          path, key,
          "expected a table such as { fg = \"accent\", bold = true }, "
            + "found \(value.type)")
      }
      let lastPart = parts.last.map(String.init) ?? role
      var entry = try parseStyle(
        fields, path: path, key: key, palette: palette, lastPart: lastPart)
      entry.role = StyleRole(role)
      styles.append(entry)
    }
    return styles
  }

  func parseStyle(
    _ table: TOMLTable, path: [String], key: String, palette: [String: TerminalColor],
    lastPart: String
  ) throws(ThemeError) -> StyleEntry {
    var style = ResolvedStyle()
    var monochrome: TextAttributes?
    var setsForeground = false
    var setsBackground = false
    for (field, value) in ThemeLoader.entries(of: table) {
      let fieldPath = path + [field]
      let fieldKey = key + " " + quoted(field)
      if field == "fg" || field == "bg" {
        guard let name = value.string else {
          throw error(
            fieldPath, fieldKey,
            "expected a palette colour name, \"#RRGGBB\" or \"default\", found \(value.type)")
        }
        let colour = try resolveColour(name, palette: palette, path: fieldPath, key: fieldKey)
        if field == "fg" {
          style.foreground = colour
          setsForeground = true
        } else {
          style.background = colour
          setsBackground = true
        }
      } else if let attribute = TextAttributes.names.first(where: { $0.0 == field })?.1 {
        guard let flag = value.bool else {
          throw error(fieldPath, fieldKey, "expected true or false, found \(value.type)")
        }
        if flag { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
      } else if field == "mono" {
        monochrome = try parseMono(value, path: fieldPath, key: fieldKey)
      } else {
        throw error(
          fieldPath, fieldKey,
          "unknown field" + suggestion(for: field, among: ThemeLoader.styleFields))
      }
    }
    if let monochrome {
      style.monochrome = monochrome
    } else {
      style.monochrome = style.attributes
      if style.background != nil, ThemeLoader.highlightRoleParts.contains(lastPart) {
        style.monochrome.insert(.reverse)
      }
    }
    return StyleEntry(
      role: .normal, style: style, setsForeground: setsForeground,
      setsBackground: setsBackground)
  }

  func parseMono(_ value: TOMLValue, path: [String], key: String) throws(ThemeError)
    -> TextAttributes
  {
    let names = TextAttributes.names.map(\.0)
    guard let array = value.array else {
      throw error(path, key, "expected a list of attributes such as [\"reverse\", \"bold\"]")
    }
    var attributes: TextAttributes = []
    for index in 0..<array.count {
      guard let name = array[index].string else {
        throw error(path, key, "expected attribute names (strings) in the list")
      }
      guard let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1 else {
        throw error(
          path, key,
          "unknown attribute \"\(name)\"" + suggestion(for: name, among: names, quoted: false)
            + "; expected one of " + names.joined(separator: ", "))
      }
      attributes.insert(attribute)
    }
    return attributes
  }

  func resolveColour(
    _ name: String, palette: [String: TerminalColor], path: [String], key: String
  ) throws(ThemeError) -> TerminalColor? {
    if name == "default" { return nil }
    if name.hasPrefix("#") {
      guard let colour = TerminalColor(hex: name) else {
        throw error(path, key, "bad colour \"\(name)\"; expected \"#RRGGBB\"")
      }
      return colour
    }
    guard let colour = palette[name] else {
      throw error(
        path, key,
        "unknown colour \"\(name)\""
          + suggestion(
            for: name, among: palette.keys.sorted(), quoted: true, prefix: " (did you mean ")
      )
    }
    return colour
  }

  func isColourName(_ name: String) -> Bool {
    guard !name.isEmpty, name != "default" else { return false }
    return name.unicodeScalars.allSatisfy { scalar in
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
      default: return false
      }
    }
  }

  /// A key as TOML writes it: bare when it can be, quoted otherwise.
  func quoted(_ key: String) -> String {
    let bare =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy { scalar in
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
        default: return false
        }
      }
    if bare { return key }
    var escaped = ""
    for scalar in key.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        escaped += "\\u" + String(format: "%04X", scalar.value)
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return "\"" + escaped + "\""
  }

  /// A "did you mean" hint for the closest candidate within two edits, or an empty string.
  func suggestion(
    for word: String, among candidates: [String], quoted: Bool = true,
    prefix: String = "; did you mean "
  ) -> String {
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(word, candidate)
      if distance <= 2, distance < max(word.count, 1), distance < (best?.1 ?? Int.max) {
        best = (candidate, distance)
      }
    }
    guard let (match, _) = best else { return "" }
    let shown = quoted ? "\"\(match)\"" : match
    return prefix + shown + (prefix.contains("(") ? "?)" : "?")
  }

  func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
