/// The written form of keys used by `--keys`, the config file's `[keys]` table and the help:
/// a plain character stands for itself; special keys are named in angle brackets
/// (`<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<BS>`, `<Del>`, `<Ins>`, `<Up>`, `<Down>`,
/// `<Left>`, `<Right>`, `<Home>`, `<End>`, `<PgUp>`, `<PgDn>`, `<F1>`…`<F12>`, `<Space>`,
/// `<lt>` for `<`, `<C-f>` for Ctrl-F, `<Resize>`).
extension Key {
  static let namedKeys: [(String, Key)] = [
    ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
    ("BS", .backspace), ("Del", .delete), ("Ins", .insert), ("Up", .up), ("Down", .down),
    ("Left", .left), ("Right", .right), ("Home", .home), ("End", .end), ("PgUp", .pageUp),
    ("PgDn", .pageDown), ("Space", .character(" ")), ("lt", .character("<")),
    ("Resize", .resize),
  ]

  static let aliases: [String: Key] = [
    "return": .enter, "cr": .enter, "escape": .escape, "backspace": .backspace,
    "delete": .delete, "insert": .insert, "pageup": .pageUp, "pagedown": .pageDown,
    "backtab": .backTab, "shift-tab": .backTab,
  ]

  /// The key's written form, for example `j`, `<Enter>`, `<C-f>`.
  public var notation: String {
    switch self {
    case .character(" "): return "<Space>"
    case .character("<"): return "<lt>"
    case .character(let c): return String(c)
    case .control(let c): return "<C-\(c)>"
    case .function(let n): return "<F\(n)>"
    default:
      for (name, key) in Key.namedKeys where key == self { return "<\(name)>" }
      return "<?>"
    }
  }

  /// Parses one key's written form (with or without the angle brackets for named keys).
  public init?(notation text: String) {
    if text.count == 1, let c = text.first, c != "<" || text == "<" {
      guard c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
        return nil
      }
      self = .character(c)
      return
    }
    var name = Substring(text)
    if name.hasPrefix("<") && name.hasSuffix(">") && name.count > 2 {
      name = name.dropFirst().dropLast()
    }
    let lower = name.lowercased()
    for (known, key) in Key.namedKeys where known.lowercased() == lower {
      self = key
      return
    }
    if let key = Key.aliases[lower] {
      self = key
      return
    }
    if lower.hasPrefix("c-") || lower.hasPrefix("ctrl-"), let letter = lower.last,
      lower.count == (lower.hasPrefix("c-") ? 3 : 6), letter.isASCII, letter.isLetter
    {
      self = .control(letter)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .function(n)
      return
    }
    return nil
  }

  /// Parses a sequence such as `j j <Enter> /钢铁 <Esc> <C-f>`: spaces separate tokens and
  /// are not keys themselves (write `<Space>`); within a token every character is a key,
  /// and `<…>` names a special key.
  public static func parseSequence(_ text: String) throws(KeyNotationError) -> [Key] {
    var keys: [Key] = []
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if c == " " || c == "\t" || c == "\n" {
        index = text.index(after: index)
        continue
      }
      if c == "<", let close = text[index...].firstIndex(of: ">"), close > text.index(after: index)
      {
        let token = String(text[index...close])
        guard let key = Key(notation: token) else { throw KeyNotationError(token: token) }
        keys.append(key)
        index = text.index(after: close)
        continue
      }
      keys.append(.character(c))
      index = text.index(after: index)
    }
    return keys
  }
}

/// A key's written form that names no key.
public struct KeyNotationError: Error, Equatable, CustomStringConvertible {
  public let token: String
  public var description: String { "unknown key name \(token)" }
}
