/// Finds the line of a key in TOML text, for messages that name file, line and key.
///
/// TOMLKit reports positions for syntax errors only; a value that parses but is wrong is
/// located by scanning for its key inside its table's section.
enum TOMLKeyLocator {
  /// The 1-based line where `key` is assigned inside `[table]` (top level when nil).
  static func line(ofKey key: String, inTable table: String?, text: String) -> Int? {
    var currentTable: String? = nil
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
      if line.hasPrefix("[") {
        let name = line.dropFirst().prefix(while: { $0 != "]" })
        currentTable = String(name).trimmed(of: [" ", "\""])
        continue
      }
      guard currentTable == table else { continue }
      let name = line.prefix(while: { $0 != "=" }).trimmed(of: [" ", "\t", "\"", "'"])
      if name == key { return number }
    }
    return nil
  }
}

extension StringProtocol {
  fileprivate func trimmed(of set: Set<Character>) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }
}
